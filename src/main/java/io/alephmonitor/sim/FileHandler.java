package io.alephmonitor.sim;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;

/** Result files under {@code /files/}: GET and HEAD, single byte ranges, and the scripted cut-off download. */
final class FileHandler implements HttpHandler {

    static final String PREFIX = "/files/";

    private final KieSimulator sim;

    FileHandler(KieSimulator sim) {
        this.sim = sim;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            Headers headers = exchange.getResponseHeaders();
            if (!head && !"GET".equals(method)) {
                headers.set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (!head) {
                sim.countFileRequest(path);
            }
            String name = path.substring(PREFIX.length());
            FileContent file = sim.file(name);
            Integer expired = sim.expiredStatus(name, exchange.getRequestURI().getRawQuery());
            if (expired != null) {
                exchange.sendResponseHeaders(expired, -1);
                return;
            }
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            long length = file.length();
            headers.set("Accept-Ranges", "bytes");
            headers.set("Content-Type", file.contentType());
            long first = 0;
            long count = length;
            int status = 200;
            switch (RangeRequest.of(exchange.getRequestHeaders().getFirst("Range"), length)) {
                case RangeRequest.Unsatisfiable u -> {
                    headers.set("Content-Range", "bytes */" + length);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                case RangeRequest.Slice slice -> {
                    status = 206;
                    first = slice.first();
                    count = slice.length();
                    headers.set("Content-Range", "bytes " + slice.first() + "-" + slice.last() + "/" + length);
                }
                case RangeRequest.Whole whole -> {
                }
            }
            if (head || count == 0) {
                // HttpServer writes no Content-Length itself when there is no body to send.
                headers.set("Content-Length", Long.toString(count));
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            boolean cut = sim.takeScriptedCut(name);
            exchange.sendResponseHeaders(status, count);
            OutputStream out = exchange.getResponseBody();
            if (cut) {
                file.write(out, first, count / 2);
                out.flush();
                // Leaving the handler with bytes still owed makes HttpServer drop the connection:
                // the client sees the full Content-Length promised and half of it delivered.
                throw new IOException("download cut off on purpose (Behaviour.CUT_DOWNLOAD)");
            }
            file.write(out, first, count);
        }
    }
}
