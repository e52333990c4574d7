package io.github.casefile.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the hostile inputs into a directory for {@code scripts/hostile-cli.sh}, with a manifest
 * {@code cases.tsv} of {@code file, expected outcome, exit code, slow}.
 */
public final class HostileInputs {
  private HostileInputs() {}

  /**
   * Write every hostile input, or only the quick ones.
   *
   * @param args the directory, then optionally {@code --quick} to leave out the slow inputs
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HostileInputs DIRECTORY [--quick]");
      System.exit(2);
    }
    Path directory = Files.createDirectories(Path.of(args[0]));
    boolean quick = args.length > 1 && args[1].equals("--quick");
    List<String> manifest = new ArrayList<>();
    for (HostileInput input : HostileInput.values()) {
      if (quick && input.slow()) {
        continue;
      }
      input.writeTo(directory);
      manifest.add(input.fileName() + "\t" + input.expected() + "\t" + input.exitCode() + "\t"
          + input.slow());
    }
    Files.write(directory.resolve("cases.tsv"), manifest);
  }
}
