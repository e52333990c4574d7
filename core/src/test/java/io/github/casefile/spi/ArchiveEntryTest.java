package io.github.casefile.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.MalformedInputException;
import io.github.casefile.SourceHint;
import org.junit.jupiter.api.Test;

class ArchiveEntryTest {
  @Test
  void aRecordIsNamedByItsHintAndHasNoReason() {
    ArchiveEntry entry = ArchiveEntry.record(new byte[] {1}, SourceHint.named("http://x/"));
    assertThat(entry.kind()).isEqualTo(ArchiveEntry.Kind.RECORD);
    assertThat(entry.input()).isEqualTo("http://x/");
    assertThat(entry.content()).containsExactly(1);
    assertThatThrownBy(entry::reason).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(entry::exception).isInstanceOf(IllegalStateException.class);
    assertThat(ArchiveEntry.record(new byte[0], SourceHint.none()).input()).isEqualTo("(unnamed)");
  }

  @Test
  void aSkipCarriesItsReasonAndDetail() {
    ArchiveEntry entry = ArchiveEntry.skipped("u", "image", "image/png");
    assertThat(entry.reason()).isEqualTo("image");
    assertThat(entry.detail()).contains("image/png");
    assertThat(entry.toString()).isEqualTo("u skipped: image (image/png)");
    assertThatThrownBy(entry::content).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailureCarriesItsException() {
    MalformedInputException e = new MalformedInputException("u", "bad", null);
    ArchiveEntry entry = ArchiveEntry.failed("u", e);
    assertThat(entry.exception()).isSameAs(e);
    assertThatThrownBy(entry::hint).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ArchiveEntry.skipped("u", null, null))
        .isInstanceOf(NullPointerException.class);
  }
}
