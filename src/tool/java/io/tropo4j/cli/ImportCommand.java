package io.tropo4j.cli;

import io.tropo4j.importer.ImportException;
import io.tropo4j.importer.StackImporter;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReadException;
import io.tropo4j.read.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code tropo4j import FILE}: a template as a Java stack class, printed or written under --out. */
final class ImportCommand extends Subcommand {
  @Override
  Syntax syntax() {
    return new Syntax("import", "Writes a template (JSON or YAML) as a Java stack class.")
        .value("NAME", null, "The class's name (default: from the file's name).", "--name")
        .value("PACKAGE", "", "The class's package (default: none).", "--package")
        .value("DIR", null, "Write DIR/<package folders>/<NAME>.java rather than to standard output.", "--out")
        .positionals("FILE", 1, 1, "The template to import.");
  }

  @Override
  int call() throws IOException {
    Path file = Path.of(args.positionals().get(0));
    String name = args.value("--name");
    String packageName = args.value("--package");
    if (name == null) {
      name = StackImporter.className(file.getFileName().toString());
    } else if (!StackImporter.isClassName(name)) {
      main.err().println("tropo4j import: '" + name + "' is not a Java class name");
      return Main.USAGE;
    }
    if (!StackImporter.isPackageName(packageName)) {
      main.err().println("tropo4j import: '" + packageName + "' is not a Java package name");
      return Main.USAGE;
    }
    String source;
    try {
      TemplateDocument document = TemplateReader.read(Files.readString(file), file.toString());
      source = new StackImporter().toJava(document, packageName, name);
    } catch (TemplateReadException e) {
      main.err().println("tropo4j import: " + e.getMessage());
      return Main.FAILED;
    } catch (ImportException e) {
      main.err().println("tropo4j import: " + file + ": " + e.getMessage());
      return Main.FAILED;
    }
    Path out = args.path("--out");
    if (out == null) {
      main.out().print(source);
      return 0;
    }
    Path folder = packageName.isEmpty() ? out : out.resolve(packageName.replace('.', '/'));
    Files.createDirectories(folder);
    Path written = folder.resolve(name + ".java");
    Files.writeString(written, source);
    main.out().println(written);
    return 0;
  }
}
