package io.tropo4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.Templates;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.ssm.Parameter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** An app's stacks read each other's outputs: weak by default, strong on request, ordered, cycles refused. */
class AppTest {
  /** A topic with an output, and whatever else the stack is given to add. */
  private record Made(String name, Consumer<Template> more) implements Stack {
    @Override
    public String summary() {
      return name;
    }

    @Override
    public Template build() {
      Template t = new Template();
      Topic topic = t.add(new Topic("Topic"));
      t.add(new Output("TopicArn", topic.ref()));
      more.accept(t);
      return t;
    }
  }

  private static String json(App.Built built, String stack) {
    return Templates.toJson(built.templates().entrySet().stream().filter(e -> e.getKey().name().equals(stack))
        .findFirst().orElseThrow().getValue()).replaceAll("\\s+", "");
  }

  @Test
  void aWeakReferenceReadsTheOutputWhereverItsStackIsAndOrdersTheStacks() {
    App app = new App("shop");
    StackOutput[] arn = new StackOutput[1];
    App.Member network = app.add(new Made("network", t -> { }), StackEnvironment.region("eu-west-1"));
    arn[0] = app.output(network, "TopicArn");
    app.add(new Made("near", t -> t.add(new Parameter("Arn").typeProperty("String").value(arn[0].value()))), StackEnvironment.region("eu-west-1"));
    app.add(new Made("far", t -> t.add(new Parameter("Arn").typeProperty("String").value(arn[0].value()))), StackEnvironment.region("us-east-1"));
    app.add(new Made("alone", t -> { }), StackEnvironment.region("us-east-1"));

    App.Built built = app.build();

    assertTrue(json(built, "near").contains("{\"Fn::GetStackOutput\":{\"StackName\":\"network\",\"OutputName\":"
        + "\"TopicArn\"}}"), json(built, "near"));
    assertTrue(json(built, "far").contains("{\"Fn::GetStackOutput\":{\"StackName\":\"network\",\"OutputName\":"
        + "\"TopicArn\",\"Region\":\"eu-west-1\"}}"), json(built, "far"));
    assertTrue(!json(built, "network").contains("Export"), "a weak reference exports nothing");
    assertEquals(List.of(List.of("network", "alone"), List.of("near", "far")), built.waves().stream()
        .map(wave -> wave.stream().map(App.Member::name).toList()).toList());
    for (Template template : built.templates().values()) {
      assertEquals(List.of(), Templates.validate(template));
    }
  }

  @Test
  void aStrongReferenceExportsTheOutputUnderADerivedNameAndImportsIt() {
    App app = new App("shop");
    App.Member network = app.add(new Made("network", t -> { }), StackEnvironment.DEFAULT);
    StackOutput arn = app.output(network, "TopicArn");
    app.add(new Made("reader", t -> t.add(new Parameter("Arn").typeProperty("String").value(arn.strong()))), StackEnvironment.DEFAULT);

    App.Built built = app.build();

    assertTrue(json(built, "network").contains("\"Export\":{\"Name\":\"network:TopicArn\"}"), json(built, "network"));
    assertTrue(json(built, "reader").contains("{\"Fn::ImportValue\":\"network:TopicArn\"}"), json(built, "reader"));
  }

  @Test
  void aStrongReferenceAcrossRegionsIsRefusedAndSaysToReadItWeakly() {
    App app = new App("shop");
    App.Member network = app.add(new Made("network", t -> { }), StackEnvironment.region("eu-west-1"));
    StackOutput arn = app.output(network, "TopicArn");
    app.add(new Made("far", t -> t.add(new Parameter("Arn").typeProperty("String").value(arn.strong()))), StackEnvironment.region("us-east-1"));

    IllegalStateException e = assertThrows(IllegalStateException.class, app::build);
    assertTrue(e.getMessage().startsWith("stack far cannot import output TopicArn of stack network: they are "
        + "deployed in different accounts or regions") && e.getMessage().endsWith("read it with value()"),
        e.getMessage());
  }

  @Test
  void stacksThatReadEachOtherAreACycleNamed() {
    App app = new App("shop");
    StackOutput[] outputs = new StackOutput[2];
    App.Member a = app.add(new Made("a", t -> t.add(new Parameter("B").typeProperty("String")
        .value(outputs[1].value()))), StackEnvironment.DEFAULT);
    App.Member b = app.add(new Made("b", t -> t.add(new Parameter("A").typeProperty("String")
        .value(outputs[0].value()))), StackEnvironment.DEFAULT);
    outputs[0] = app.output(a, "TopicArn");
    outputs[1] = app.output(b, "TopicArn");

    InvalidTemplateException e = assertThrows(InvalidTemplateException.class, app::build);
    assertEquals(List.of(new Problem("App.shop", "the stacks read each other's outputs in a cycle: a -> b -> a")),
        e.problems());
  }

  @Test
  void importingAnOutputTheProducerDoesNotHaveIsAProblemAtItsPath() {
    App app = new App("shop");
    App.Member network = app.add(new Made("network", t -> { }), StackEnvironment.DEFAULT);
    StackOutput missing = app.output(network, "VpcId");
    app.add(new Made("reader", t -> t.add(new Parameter("Vpc").typeProperty("String").value(missing.strong()))), StackEnvironment.DEFAULT);

    InvalidTemplateException e = assertThrows(InvalidTemplateException.class, app::build);
    assertEquals(List.of(new Problem("Outputs.VpcId", "stack network has no output VpcId, which another stack of "
        + "app shop imports")), e.problems());
  }
}
