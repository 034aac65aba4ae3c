package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServeOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph serve}: the REST API and the web pages over a store, on this machine. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a store: a REST API (described at /openapi.json) and web pages to read articles with their "
                + "entities, quotes and figures highlighted, compare sources on fact pages, search and follow stories.",
                "Listens on 127.0.0.1 only unless --host says otherwise. Writing (POST /api/ingest) needs the token "
                        + "printed at start (or given with --token / NEWSGRAPH_TOKEN). Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory (created when missing).")
    Path store;

    @Option(names = "--port", description = "Port. Default: ${DEFAULT-VALUE}.")
    int port = ServeOptions.DEFAULT_PORT;

    @Option(names = "--host", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 for every interface.")
    String host = "127.0.0.1";

    @Option(names = "--allow-host", paramLabel = "NAME", description = "A name the server may be reached by when --host is not loopback (checked in every request's Host header).")
    List<String> allowHosts = new ArrayList<>();

    @Option(names = "--token", paramLabel = "SECRET", description = "The token write requests must send (16+ characters). Default: NEWSGRAPH_TOKEN, else a new random one, printed at start.")
    String token;

    @Option(names = "--read-only", description = "Open the store read-only (another process may be ingesting into it); POST /api/ingest is then refused.")
    boolean readOnly;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body. Default: ${DEFAULT-VALUE}.")
    int maxBody = ServeOptions.DEFAULT_MAX_BODY;

    @Option(names = "--rate", paramLabel = "N", description = "Requests per second per client (bursts of twice as many); 0: no limit. Default: ${DEFAULT-VALUE}.")
    double rate = 50;

    @Option(names = "--analyses-rate", paramLabel = "N", description = "Analyses (POST /api/analyze, /api/ingest, the analyse page) per second per client; 0: no limit. Default: ${DEFAULT-VALUE}.")
    double analysesRate = 10;

    @Option(names = "--kb", paramLabel = "DIR", description = "Local knowledge base directory, as for analyze.")
    Path kb;

    @Override
    public Integer call() throws InterruptedException {
        String secret = token != null ? token : System.getenv("NEWSGRAPH_TOKEN");
        ServeOptions options;
        try {
            options = new ServeOptions(store, host, port, Optional.ofNullable(secret), readOnly, allowHosts, maxBody, rate,
                    analysesRate, Optional.ofNullable(kb));
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        NewsgraphServer server = NewsgraphServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        if (host.equals("0.0.0.0")) shown = "127.0.0.1";
        System.out.printf("newsgraph serve: http://%s:%d/ (store %s), started in %d ms%n", shown, server.port(), store,
                (System.nanoTime() - t0) / 1_000_000);
        System.out.println("write token (POST /api/ingest, header 'Authorization: Bearer TOKEN'): "
                + (secret != null ? "as given" : server.token()));
        System.out.println("API: http://" + shown + ":" + server.port() + "/openapi.json · stop with Ctrl-C");
        System.out.flush();
        server.join();
        return 0;
    }
}
