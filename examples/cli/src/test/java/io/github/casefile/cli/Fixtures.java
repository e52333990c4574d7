package io.github.casefile.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small inputs in the test-only note format (org.example.notes.NoteFormat). */
final class Fixtures {
  private Fixtures() {}

  static Path note(Path dir, String name, String headline, String... paragraphs)
      throws IOException {
    StringBuilder text = new StringBuilder("NOTE\n").append(headline).append('\n');
    for (String paragraph : paragraphs) {
      text.append(paragraph).append('\n');
    }
    return write(dir, name, text.toString());
  }

  static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static Path broken(Path dir, String name) throws IOException {
    return write(dir, name, "NOTE\nA headline\nBROKEN\n");
  }

  static Path unrecognised(Path dir, String name) throws IOException {
    // Empty: no format can claim it, whichever formats are on the class path.
    return write(dir, name, "");
  }
}
