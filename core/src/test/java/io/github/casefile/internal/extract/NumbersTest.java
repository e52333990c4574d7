package io.github.casefile.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void readsPlainDigitsOnlyWhetherWholeOrPartOfAText() {
    assertThat(Numbers.plainInt("2017")).isEqualTo(2017);
    assertThat(Numbers.plainInt("123456789")).isEqualTo(123456789);
    assertThat(Numbers.plainInt("1234567890")).as("over nine digits").isEqualTo(-1);
    assertThat(Numbers.plainInt("26.6")).isEqualTo(-1);
    assertThat(Numbers.plainInt("1,000")).isEqualTo(-1);
    assertThat(Numbers.plainInt("٣")).as("not ASCII").isEqualTo(-1);
    assertThat(Numbers.plainInt("")).isEqualTo(-1);
    String text = "in 1988, on 4";
    assertThat(Numbers.plainInt(text, 3, 7)).isEqualTo(1988);
    assertThat(Numbers.plainInt(text, 3, 8)).as("the comma").isEqualTo(-1);
    assertThat(Numbers.plainInt(text, 12, 13)).isEqualTo(4);
    assertThat(Numbers.plainInt(text, 5, 5)).as("nothing").isEqualTo(-1);
  }
}
