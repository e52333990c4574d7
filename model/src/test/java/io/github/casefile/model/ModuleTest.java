package io.github.casefile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The model jar is a named module that exports exactly its one package. */
class ModuleTest {
  @Test
  void theModelModuleExportsOnlyTheModelPackage() {
    Module module = Article.class.getModule();
    assertThat(module.isNamed()).isTrue();
    ModuleDescriptor descriptor = module.getDescriptor();
    assertThat(descriptor.name()).isEqualTo("io.github.casefile.model");
    assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet())).containsExactly("io.github.casefile.model");
    assertThat(descriptor.provides()).anyMatch(
        p -> p.service().equals("com.fasterxml.jackson.databind.Module"));
  }

  @Test
  void theSchemaIsReadableFromInsideTheModule() {
    assertThat(CasefileJson.schema()).contains("\"$schema\"");
  }
}
