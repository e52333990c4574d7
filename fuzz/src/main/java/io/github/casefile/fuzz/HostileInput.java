package io.github.casefile.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * The hostile inputs of {@code docs/hostile-input.md}, generated in memory (nothing large is stored
 * in the repository), each with the outcome Casefile must give under default limits and format
 * detection: an article (optionally with a warning that contains a given phrase) or a named
 * {@code CasefileException} subclass, and the command line's exit code for it alone.
 */
public enum HostileInput {
  EMPTY("empty.txt", "UnsupportedFormatException", "2", false) {
    @Override
    void write(OutputStream out) {}
  },
  WHITESPACE_ONLY("whitespace.txt", "UnsupportedFormatException", "2", false) {
    @Override
    void write(OutputStream out) throws IOException {
      out.write(" \t\r\n\u00a0\u3000\n\n   \n".repeat(100).getBytes(StandardCharsets.UTF_8));
    }
  },
  BINARY_JUNK("junk.bin", "UnsupportedFormatException", "2", false) {
    @Override
    void write(OutputStream out) throws IOException {
      byte[] junk = new byte[64 * 1024];
      new Random(6).nextBytes(junk);
      out.write(junk);
    }
  },
  PNG_NAMED_HTML("image.html", "UnsupportedFormatException", "2", false) {
    @Override
    void write(OutputStream out) throws IOException {
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
          'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4,
          (byte) 0x89});
      byte[] rest = new byte[4096];
      new Random(7).nextBytes(rest);
      out.write(rest);
    }
  },
  NESTED_100K_HTML("nested.html", "article:maxNestingDepth|" + HostileInput.SLOW_MACHINE, "0|2", false) {
    @Override
    void write(OutputStream out) throws IOException {
      page(out, "<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(100_000));
    }
  },
  NESTED_100K_JSON("nested.json", "LimitExceededException:maxNestingDepth", "2", false) {
    @Override
    void write(OutputStream out) throws IOException {
      out.write(("{\"content\": {\"rendered\": \"<p>" + SENTENCE + "</p>\"}, \"meta\": "
          + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8));
    }
  },
  HUGE_STRING_JSON("huge-string.json", "article", "0", true) {
    @Override
    void write(OutputStream out) throws IOException {
      out.write(("{\"title\": {\"rendered\": \"Headline\"}, \"excerpt\": {\"rendered\": \""
          + "x".repeat(24 * 1024 * 1024) + "\"}, \"content\": {\"rendered\": \"<p>" + SENTENCE
          + "</p>\"}}").getBytes(StandardCharsets.UTF_8));
    }
  },
  ATTRIBUTE_30MB("attribute.html", "article|" + HostileInput.SLOW_MACHINE, "0|2", true) {
    @Override
    void write(OutputStream out) throws IOException {
      page(out, "<div data-x=\"" + "a".repeat(30 * 1000 * 1000) + "\"><p>" + SENTENCE
          + "</p></div>");
    }
  },
  UNCLOSED_SCRIPT("script.html", "MalformedInputException", "2", false) {
    @Override
    void write(OutputStream out) throws IOException {
      out.write(("<!DOCTYPE html><html><head><title>Headline</title><script>var a = 1;\n"
          + ("<p>" + SENTENCE + "</p>\n").repeat(2000) + "</body></html>")
          .getBytes(StandardCharsets.UTF_8));
    }
  },
  MILLION_LINKS("links.html", "article|" + HostileInput.SLOW_MACHINE, "0|2", true) {
    @Override
    void write(OutputStream out) throws IOException {
      StringBuilder b = new StringBuilder(20_000_000);
      b.append("<p>").append(SENTENCE).append("</p><ul>");
      for (int i = 0; i < 1_000_000; i++) {
        b.append("<li><a href=/").append(i).append(">").append(i).append("</a>");
      }
      page(out, b.append("</ul>").toString());
    }
  },
  INVALID_UTF8("invalid-utf8.txt", "article", "0", false) {
    @Override
    void write(OutputStream out) throws IOException {
      text(out, "Police \u00e9 arrested eight defectors.");
      out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED,
          (byte) 0xA0, (byte) 0x80, ' ', 'x', '.', '\n'});
    }
  },
  LONE_SURROGATE("surrogate.json", "article", "0", false) {
    @Override
    void write(OutputStream out) throws IOException {
      out.write(("{\"title\": {\"rendered\": \"Bad \\ud800 title\"}, \"content\": {\"rendered\":"
          + " \"<p>" + SENTENCE + " \\udc00 end.</p>\"}}").getBytes(StandardCharsets.UTF_8));
    }
  },
  NUL_BYTES_TEXT("nul.txt", "UnsupportedFormatException", "2", false) {
    @Override
    void write(OutputStream out) throws IOException {
      text(out, "Police arrested\u0000 eight defectors.\u0000\u0000");
    }
  },
  NUL_BYTES_HTML("nul.html", "article", "0", false) {
    @Override
    void write(OutputStream out) throws IOException {
      page(out, "<p>Police arrested\u0000 eight defectors near the border last month.</p>");
    }
  },
  BIDI_AND_JOINERS("bidi.txt", "article", "0", false) {
    @Override
    void write(OutputStream out) throws IOException {
      text(out, "The \u202eytiruceS etatS fo yrtsiniM\u202c and Human\u200dRights Watch and the"
          + " \u041cinistry of State Security said \u200b\u200b\u200b\ufeff nothing.");
    }
  },
  IMPOSSIBLE_DATES("dates.txt", "article", "0", false) {
    @Override
    void write(OutputStream out) throws IOException {
      out.write(("Headline\nKim Ga Young | 2017-02-30 14:52\n\nPolice arrested eight defectors on"
          + " February 30, 2017, on 0000-01-01, in the year 99999, on 2099-12-31 and on"
          + " 9999999999999999999999-01-01; 9999999999999999999999 defectors were repatriated"
          + " on 31/31/2017.\n").getBytes(StandardCharsets.UTF_8));
    }
  };

  /**
   * The other allowed outcome of inputs whose work is linear but large: on a slow or busy machine
   * they reach the default ten seconds per document.
   */
  static final String SLOW_MACHINE = "LimitExceededException:maxTimePerDocument";

  static final String SENTENCE = "Chinese police arrested eight defectors near the Laos-China"
      + " border last month, a source told reporters in Seoul on Friday.";

  private final String fileName;
  private final String expected;
  private final String exitCode;
  private final boolean slow;

  HostileInput(String fileName, String expected, String exitCode, boolean slow) {
    this.fileName = fileName;
    this.expected = expected;
    this.exitCode = exitCode;
    this.slow = slow;
  }

  abstract void write(OutputStream out) throws IOException;

  /**
   * Return the file name the input is written under; its extension is what detection sees.
   *
   * @return such as {@code image.html}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Return the expected outcome: {@code article}, {@code article:PHRASE} (a warning contains
   * PHRASE), {@code EXCEPTION} or {@code EXCEPTION:LIMIT}; several allowed outcomes are separated
   * by {@code |}.
   *
   * @return the expected outcome
   */
  public String expected() {
    return expected;
  }

  /**
   * Return the exit code {@code casefile parse} gives for this input alone.
   *
   * @return {@code 0} for an article, {@code 2} when the only input is rejected, {@code 0|2}
   *     when either is allowed
   */
  public String exitCode() {
    return exitCode;
  }

  /**
   * Tell whether the input is large and slow (tagged {@code slow} in the tests).
   *
   * @return true for the inputs of tens of megabytes
   */
  public boolean slow() {
    return slow;
  }

  /**
   * Return the input's bytes.
   *
   * @return the generated content
   */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Write the input into a directory.
   *
   * @param directory where to write it
   * @return the file written
   * @throws IOException if it cannot be written
   */
  public Path writeTo(Path directory) throws IOException {
    Path file = directory.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
    return file;
  }

  private static void page(OutputStream out, String body) throws IOException {
    out.write(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>Headline</title></head><body><article><h1>Headline</h1>" + body
        + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
  }

  private static void text(OutputStream out, String paragraph) throws IOException {
    out.write(("Headline\nKim Ga Young | 2017-10-27 14:52\n\n" + SENTENCE + "\n\n" + paragraph
        + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
