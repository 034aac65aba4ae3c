package org.newsgraph.spark.cli;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a command: the master given on the command line, else spark-submit's, else local[*]. */
final class Sessions {
    private Sessions() {
    }

    static SparkSession open(String appName, String master) {
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        if (master != null) {
            b.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            b.master("local[*]");
        }
        String chosen = master != null ? master : new SparkConf().get("spark.master", "local[*]");
        if (chosen.startsWith("local") && !new SparkConf().contains("spark.ui.enabled")) {
            // a local run is one command that ends with its job: no web UI to start and watch
            b.config("spark.ui.enabled", "false");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
