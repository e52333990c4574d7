package io.github.casefile.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casefile.model.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class SerializationProperties {
  @Test
  void articlesSurviveJavaSerialization() {
    PropertyCheck.forAll("article java serialization", ModelGenerators.articles(), article -> {
      try {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
          out.writeObject(article);
        }
        try (ObjectInputStream in =
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
          Article copy = (Article) in.readObject();
          assertThat(copy).isEqualTo(article);
          assertThat(copy.text()).isEqualTo(article.text());
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }
}
