package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Edtf;
import io.github.casefile.model.PartialDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateProperties {
  @Test
  void edtfParsesItsOwnText() {
    PropertyCheck.forAll("edtf parse(toString)", ModelGenerators.edtfs(),
        x -> assertThat(Edtf.parse(x.toString())).isEqualTo(x).hasSameHashCodeAs(x));
  }

  @Test
  void edtfOrderingIsConsistentWithEquals() {
    PropertyCheck.forAll("edtf compareTo consistent with equals",
        ModelGenerators.edtfs().zip(ModelGenerators.edtfs(), List::of), pair -> {
          Edtf a = pair.get(0);
          Edtf b = pair.get(1);
          assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
          assertThat(a.compareTo(Edtf.parse(a.toString()))).isZero();
        });
  }

  @Test
  void partialDateTimeParsesItsOwnText() {
    PropertyCheck.forAll("partial date-time parse(toString)", ModelGenerators.partialDateTimes(),
        x -> assertThat(PartialDateTime.parse(x.toString())).isEqualTo(x).hasSameHashCodeAs(x));
  }

  @Test
  void partialDateTimeOrderingIsConsistentWithEquals() {
    PropertyCheck.forAll("partial date-time compareTo consistent with equals",
        ModelGenerators.partialDateTimes().zip(ModelGenerators.partialDateTimes(), List::of),
        pair -> {
          PartialDateTime a = pair.get(0);
          PartialDateTime b = pair.get(1);
          assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
  }
}
