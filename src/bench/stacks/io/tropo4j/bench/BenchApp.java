package io.tropo4j.bench;

import io.tropo4j.core.App;
import io.tropo4j.core.AppDefinition;
import io.tropo4j.core.StackEnvironment;

/** Four stacks that read nothing of each other: deploy --all runs them at once. */
public final class BenchApp implements AppDefinition {
  @Override
  public App app() {
    App app = new App("bench-app");
    for (BenchTopic stack : new BenchTopic[] {new BenchTopic.One(), new BenchTopic.Two(), new BenchTopic.Three(),
        new BenchTopic.Four()}) {
      app.add(stack, StackEnvironment.DEFAULT);
    }
    return app;
  }
}
