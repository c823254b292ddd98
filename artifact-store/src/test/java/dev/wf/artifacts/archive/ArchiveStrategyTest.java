package dev.wf.artifacts.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStrategyTest {
  private static final ArchiveStrategy TGZ = new ArchiveStrategy.TarGz(-1);

  @TempDir Path dir;

  private byte[] pack(ArchiveStrategy strategy, Path source) throws IOException {
    var out = new ByteArrayOutputStream();
    strategy.pack(source, out);
    return out.toByteArray();
  }

  private void unpack(ArchiveStrategy strategy, byte[] archive, Path target) throws Exception {
    strategy.unpack(new ByteArrayInputStream(archive), target, ExtractionLimits.DEFAULT);
  }

  private Path dataset() throws IOException {
    Path data = Files.createDirectories(dir.resolve("src/data/nested"));
    Files.writeString(data.resolve("train.csv"), "a,b\n1,2\n");
    Files.writeString(data.getParent().resolve("test.csv"), "a,b\n3,4\n");
    Path run = Files.writeString(data.getParent().resolve("run.sh"), "echo hi\n");
    Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwxr-x---"));
    Files.createSymbolicLink(data.getParent().resolve("latest.csv"), Path.of("test.csv"));
    return data.getParent();
  }

  @Test
  void tarGzRoundTripsADirectoryWithModesAndInnerLinks() throws Exception {
    Path out = dir.resolve("out/data");

    unpack(TGZ, pack(TGZ, dataset()), out);

    assertThat(out.resolve("nested/train.csv")).hasContent("a,b\n1,2");
    assertThat(out.resolve("test.csv")).hasContent("a,b\n3,4");
    assertThat(Files.readSymbolicLink(out.resolve("latest.csv"))).isEqualTo(Path.of("test.csv"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("run.sh"))))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void aSingleFileUnpacksToTheTargetPathItself() throws Exception {
    Path file = Files.writeString(dir.resolve("model.bin"), "weights");
    Path target = dir.resolve("in/weights.bin");

    unpack(TGZ, pack(TGZ, file), target);

    assertThat(target).isRegularFile().hasContent("weights");
  }

  @Test
  void namesEntriesAfterThePackedPathAsArgoDoes() throws Exception {
    Path target = dir.resolve("plain");
    new ArchiveStrategy.None()
        .unpack(new ByteArrayInputStream(pack(TGZ, dataset())), target, ExtractionLimits.DEFAULT);
    Path listing = dir.resolve("listing");
    var process =
        new ProcessBuilder("tar", "-tzf", target.toString())
            .redirectOutput(listing.toFile())
            .start();

    assertThat(process.waitFor()).isZero();
    assertThat(Files.readAllLines(listing)).contains("data/", "data/nested/train.csv");
  }

  @Test
  void zipRoundTripsADirectory() throws Exception {
    var zip = new ArchiveStrategy.Zip();
    Path out = dir.resolve("out/data");

    unpack(zip, pack(zip, dataset()), out);

    assertThat(out.resolve("nested/train.csv")).hasContent("a,b\n1,2");
    assertThat(out.resolve("latest.csv")).doesNotExist();
  }

  @Test
  void noneStoresASingleFileAsItIsAndRefusesADirectory() throws Exception {
    var none = new ArchiveStrategy.None();
    Path file = Files.writeString(dir.resolve("report.txt"), "report");

    byte[] stored = pack(none, file);
    unpack(none, stored, dir.resolve("copy.txt"));

    assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("report");
    assertThat(dir.resolve("copy.txt")).hasContent("report");
    assertThatThrownBy(() -> pack(none, dataset())).hasMessageContaining("is a directory");
  }

  /** A tar.gz written entry by entry, to build archives no honest packer makes. */
  private byte[] hostileTar(TarArchiveEntry... entries) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      for (TarArchiveEntry e : entries) {
        byte[] content = e.isFile() ? "x".repeat((int) e.getSize()).getBytes() : new byte[0];
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  private static TarArchiveEntry file(String name, int size) {
    var e = new TarArchiveEntry(name, true);
    e.setSize(size);
    return e;
  }

  private static TarArchiveEntry link(String name, String target, byte type) {
    var e = new TarArchiveEntry(name, type);
    e.setLinkName(target);
    return e;
  }

  private void assertRefused(byte[] archive, String message) {
    Path target = dir.resolve("victim/out");
    assertThatThrownBy(() -> unpack(TGZ, archive, target))
        .isInstanceOf(UnsafeArchiveException.class)
        .hasMessageContaining(message);
    assertThat(target).doesNotExist();
    assertThat(dir.resolve("escaped")).doesNotExist();
    assertThat(dir.resolve("victim")).isEmptyDirectory();
  }

  @Test
  void refusesEntriesThatClimbOutOfTheTarget() throws Exception {
    assertRefused(hostileTar(file("out/../../escaped", 1)), "escapes the artifact");
  }

  @Test
  void refusesAbsoluteEntryNames() throws Exception {
    assertRefused(hostileTar(file("/escaped", 1)), "absolute path");
  }

  @Test
  void refusesLinksThatPointOutside() throws Exception {
    assertRefused(
        hostileTar(link("out/evil", "../../escaped", TarArchiveEntry.LF_SYMLINK)),
        "outside the artifact");
    assertRefused(
        hostileTar(link("out/evil", "/etc/passwd", TarArchiveEntry.LF_SYMLINK)),
        "outside the artifact");
  }

  @Test
  void refusesWritingThroughALinkItMade() throws Exception {
    assertRefused(
        hostileTar(link("out/sub", ".", TarArchiveEntry.LF_SYMLINK), file("out/sub/file", 1)),
        "goes through a link");
  }

  @Test
  void refusesHardLinksToFilesItDidNotUnpack() throws Exception {
    assertRefused(hostileTar(link("out/h", "../../escaped", TarArchiveEntry.LF_LINK)), "escapes");
  }

  @Test
  void refusesDeviceFiles() throws Exception {
    var device = new TarArchiveEntry("out/dev", TarArchiveEntry.LF_CHR);
    assertRefused(hostileTar(device), "a device");
  }

  @Test
  void dropsSetuidAndSetgidBits() throws Exception {
    var e = file("tool", 1);
    e.setMode(0104755);
    Path target = dir.resolve("tool");

    unpack(TGZ, hostileTar(e), target);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rwxr-xr-x");
    assertThat((Integer) Files.getAttribute(target, "unix:mode") & 07000).isZero();
  }

  @Test
  void stopsAtTheByteAndEntryLimits() throws Exception {
    byte[] archive = hostileTar(file("out/a", 600), file("out/b", 600));
    Path target = dir.resolve("limited");

    assertThatThrownBy(
            () ->
                TGZ.unpack(
                    new ByteArrayInputStream(archive), target, new ExtractionLimits(1000, 10)))
        .hasMessageContaining("more than 1000 bytes");
    assertThatThrownBy(
            () ->
                TGZ.unpack(
                    new ByteArrayInputStream(archive), target, new ExtractionLimits(10_000, 1)))
        .hasMessageContaining("more entries than the limit of 1");
    assertThat(target).doesNotExist();
  }
}
