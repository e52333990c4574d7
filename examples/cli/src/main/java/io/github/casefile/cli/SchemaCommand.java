package io.github.casefile.cli;

import io.github.casefile.model.CasefileJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code casefile schema}: prints the JSON Schema of what {@code casefile parse} writes. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of the articles that 'casefile parse' writes.")
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand
  private CasefileCli parent;

  @Override
  public Integer call() {
    String schema = CasefileJson.schema();
    PrintStream out = parent.streams().out();
    out.write(schema.getBytes(StandardCharsets.UTF_8), 0,
        schema.getBytes(StandardCharsets.UTF_8).length);
    if (!schema.endsWith("\n")) {
      out.write('\n');
    }
    out.flush();
    if (out.checkError()) {
      throw new CliException("cannot write standard output", null);
    }
    return CasefileCli.OK;
  }
}
