package io.tropo4j.cli;

/**
 * While a deploy command runs, Ctrl-C ends the JVM but not the stack operation CloudFormation is
 * doing; a shutdown hook lets the {@link DeployPrinter} say so, and how to follow it.
 */
final class InterruptNotice implements AutoCloseable {
  private final Thread hook;

  InterruptNotice(DeployPrinter printer) {
    hook = new Thread(printer::interrupted);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the notice is running, which is what it is for
    }
  }
}
