package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casefile.Casefile;
import io.github.casefile.MalformedInputException;
import io.github.casefile.SourceHint;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BrokenFormatTest {
  @ParameterizedTest
  @EnumSource(BrokenFormat.Misbehaviour.class)
  void theFacadeTurnsEveryMisbehaviourIntoAMalformedInputException(
      BrokenFormat.Misbehaviour misbehaviour) {
    Casefile casefile = Casefile.builder()
        .formats(List.of(new BrokenFormat(misbehaviour))).extract(false).build();
    assertThatThrownBy(() -> casefile.parse("Some text.", SourceHint.named("in.txt")))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("in.txt");
  }
}
