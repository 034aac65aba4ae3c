package org.newsgraph.spark;

import org.apache.spark.sql.SparkSession;

/** The one Spark session of the test JVM (starting Spark takes seconds): local[2], no UI, few shuffle partitions. */
public final class TestSpark {
    private TestSpark() {
    }

    private static final class Holder {
        static final SparkSession SPARK = SparkSession.builder()
                .appName("newsgraph-spark tests")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    public static SparkSession session() {
        return Holder.SPARK;
    }
}
