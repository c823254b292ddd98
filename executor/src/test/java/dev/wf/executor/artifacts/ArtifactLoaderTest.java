package dev.wf.executor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.wf.artifacts.ArtifactException;

/** Inputs that need no repository: inline text and HTTP downloads, and their permissions. */
class ArtifactLoaderTest {
  @TempDir Path dir;
  HttpServer http;
  String base;
  final ArtifactLoader loader = new ArtifactLoader(new Repositories(SecretResolver.none()));

  @BeforeEach
  void startHttp() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/file.txt", e -> answer(e, 200, "downloaded\n"));
    http.createContext(
        "/moved",
        e -> {
          e.getResponseHeaders().add("Location", "/file.txt");
          answer(e, 302, "");
        });
    http.createContext("/broken", e -> answer(e, 500, "oops"));
    http.createContext("/", e -> answer(e, 404, "no"));
    http.start();
    base = "http://127.0.0.1:" + http.getAddress().getPort();
  }

  @AfterEach
  void stopHttp() {
    http.stop(0);
  }

  private static void answer(com.sun.net.httpserver.HttpExchange e, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = e.getResponseBody()) {
      out.write(bytes);
    }
  }

  private Path host(String p) {
    return dir.resolve(p.substring(1));
  }

  private void load(InputArtifactSpec input) throws ArtifactException {
    loader.load(List.of(input), this::host);
  }

  private static InputArtifactSpec raw(String text, Integer mode) {
    return new InputArtifactSpec("in", "/tmp/in.txt", null, text, null, false, null, mode);
  }

  private static InputArtifactSpec http(String url, boolean optional) {
    return new InputArtifactSpec("in", "/tmp/in.txt", null, null, url, optional, null, null);
  }

  @Test
  void writesRawTextAsTheFile() throws Exception {
    load(raw("a\nb\n", null));

    assertThat(host("/tmp/in.txt")).hasContent("a\nb\n");
  }

  @Test
  void setsTheModeOfWhatItWrites() throws Exception {
    load(raw("#!/bin/sh\n", 0755));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(host("/tmp/in.txt"))))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void downloadsAnHttpUrl() throws Exception {
    load(http(base + "/file.txt", false));

    assertThat(host("/tmp/in.txt")).hasContent("downloaded");
  }

  @Test
  void followsRedirects() throws Exception {
    load(http(base + "/moved", false));

    assertThat(host("/tmp/in.txt")).hasContent("downloaded");
  }

  @Test
  void failsOnAnHttpErrorStatus() {
    assertThatThrownBy(() -> load(http(base + "/broken", false)))
        .hasMessage("artifact \"in\" failed to load: " + base + "/broken: HTTP status 500");
    assertThat(host("/tmp/in.txt")).doesNotExist();
  }

  @Test
  void skipsAnOptionalUrlThatIsNotFound() throws Exception {
    load(http(base + "/gone", true));

    assertThat(host("/tmp/in.txt")).doesNotExist();
  }

  @Test
  void failsWhenARequiredUrlIsNotFound() {
    assertThatThrownBy(() -> load(http(base + "/gone", false)))
        .hasMessage("artifact \"in\" failed to load: " + base + "/gone: 404 Not Found");
  }

  @Test
  void failsWhenARequiredInputHasNoSource() {
    var none = new InputArtifactSpec("in", "/tmp/in.txt", null, null, null, false, null, null);

    assertThatThrownBy(() -> load(none))
        .hasMessage("artifact \"in\" failed to load: required artifact not supplied");
  }

  @Test
  void replacesAFileLeftAtThePath() throws Exception {
    Files.createDirectories(host("/tmp"));
    Files.writeString(host("/tmp/in.txt"), "old");

    load(raw("new", null));

    assertThat(host("/tmp/in.txt")).hasContent("new");
  }
}
