/**
 * The immutable records of Casefile and their JSON mapping.
 *
 * <p>Jackson reads and writes the generated implementation classes reflectively, so the package is
 * open to it; the Jackson {@code Module} is provided as a service so that {@code
 * ObjectMapper.findModules()} finds it on the module path too.
 */
module io.github.casefile.model {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static org.immutables.value.annotations;

  exports io.github.casefile.model;

  opens io.github.casefile.model to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with io.github.casefile.model.CasefileModule;
}
