package dev.wf.server;

import java.io.IOException;

/** What one route does with a request. */
@FunctionalInterface
interface ApiHandler {
  void handle(ApiExchange exchange) throws IOException, InterruptedException;
}
