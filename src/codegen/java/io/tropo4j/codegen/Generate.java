package io.tropo4j.codegen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code make generate}: reads the pinned specification and resource provider schemas and rewrites the
 * generated sources. Arguments: the specification file, the schemas file, the IAM definition and the
 * source root.
 */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: Generate SPEC_FILE SCHEMAS_FILE IAM_FILE SOURCE_ROOT");
      System.exit(2);
    }
    long start = System.nanoTime();
    Spec spec = SpecReader.read(Path.of(args[0]));
    ProviderSchemas schemas = ProviderSchemas.read(Path.of(args[1]));
    IamActionsEmitter iam = IamActionsEmitter.read(Path.of(args[2]));
    SourceTree.Summary summary = new SourceTree(Path.of(args[3])).write(Generator.generate(spec, schemas, iam));
    System.out.printf("%d resource types: %d files written, %d unchanged, %d deleted (%d ms)%n",
        spec.resourceCount(), summary.written(), summary.unchanged(), summary.deleted(),
        (System.nanoTime() - start) / 1_000_000);
  }
}
