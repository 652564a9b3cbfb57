package io.tropo4j.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tropo4j.core.Condition;
import io.tropo4j.core.Mapping;
import io.tropo4j.core.Parameter;
import io.tropo4j.fn.Call;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.NamedCondition;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Referable;
import io.tropo4j.fn.Sink;
import io.tropo4j.fn.Sub;
import io.tropo4j.fn.Value;
import io.tropo4j.fn.Visitor;
import io.tropo4j.resources.s3.Bucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks see values and intrinsics only through {@link Visitor}; from outside {@code fn} (as the
 * checks are), each shape shows the parts the checks need, and the target a Ref names is the very
 * object it was made from.
 */
class VisitorTest {
  private final Bucket bucket = new Bucket("Logs");
  private final Parameter<String> env = Parameter.string("Env");
  private final Condition isProd = new Condition("IsProd", Fn.equals(env.ref(), Value.of("prod")));

  /** Writes down each shape it is shown, with the parts, as text. */
  private static final class Recorder implements Visitor {
    final List<String> seen = new ArrayList<>();
    final List<Referable> targets = new ArrayList<>();

    @Override
    public void literal(Object value) {
      seen.add("literal " + value + " (" + value.getClass().getSimpleName() + ")");
    }

    @Override
    public void list(List<? extends Value<?>> items) {
      seen.add("list of " + items.size());
      items.forEach(this::visitValue);
    }

    @Override
    public void ifThen(NamedCondition condition, Value<?> whenTrue, Value<?> whenFalse) {
      seen.add("if " + condition.logicalId());
      visitValue(whenTrue);
      visitValue(whenFalse);
    }

    @Override
    public void ref(String name, Referable target) {
      seen.add("ref " + name);
      targets.add(target);
    }

    @Override
    public void getAtt(Referable resource, String attribute) {
      seen.add("getAtt " + resource.logicalId() + "." + attribute);
      targets.add(resource);
    }

    @Override
    public void sub(Sub sub) {
      seen.add("sub " + sub.template() + " " + sub.variables().keySet());
    }

    @Override
    public void findInMap(Referable mapping, Value<String> topLevelKey, Value<String> secondLevelKey) {
      seen.add("findInMap " + mapping.logicalId());
      targets.add(mapping);
      visitValue(topLevelKey);
      visitValue(secondLevelKey);
    }

    @Override
    public void conditionRef(NamedCondition condition) {
      seen.add("condition " + condition.logicalId());
    }
  }

  private static Recorder visit(Value<?> value) {
    Recorder recorder = new Recorder();
    recorder.visitValue(value);
    return recorder;
  }

  @Test
  void literalsListsAndBothBranchesOfIf() {
    assertEquals(List.of("literal x (String)"), visit(Value.of("x")).seen);
    assertEquals(List.of("list of 2", "literal 80 (Integer)", "literal true (Boolean)"),
        visit(Value.listOf(List.of(80, true))).seen);
    assertEquals(List.of("if IsProd", "literal big (String)", "ref AWS::NoValue"),
        visit(Fn.ifThen(isProd, Value.of("big"), Fn.noValue())).seen);
  }

  @Test
  void refsAndGetAttsShowTheObjectTheyName() {
    Recorder refs = visit(Value.list(env.ref(), bucket.ref(), bucket.arn(), Pseudo.REGION));
    assertEquals(List.of("list of 4", "ref Env", "ref Logs", "getAtt Logs.Arn", "ref AWS::Region"), refs.seen);
    assertEquals(4, refs.targets.size());
    assertEquals(env, refs.targets.get(0));
    assertEquals(bucket, refs.targets.get(1));
    assertEquals(bucket, refs.targets.get(2));
    assertNull(refs.targets.get(3), "a pseudo parameter names no object");
  }

  @Test
  void subAndFindInMap() {
    Mapping regions = new Mapping("Regions").put("us-east-1", "Ami", "ami-1");
    Recorder find = visit(regions.find(Pseudo.REGION, "Ami"));
    assertEquals(List.of("findInMap Regions", "ref AWS::Region", "literal Ami (String)"), find.seen);
    assertEquals(regions, find.targets.get(0));
    assertEquals(List.of("sub ${A}-${Env} [A]"), visit(Fn.sub("${A}-${Env}", Map.of("A", Value.of("a")))).seen);
  }

  @Test
  void conditionsNamedInsideConditionFunctionsAreCalls() {
    Recorder recorder = new Recorder();
    Fn.not(isProd).writeTo(new CallCollector(recorder));
    assertEquals(List.of("condition IsProd"), recorder.seen);
  }

  @Test
  void valuesOfOtherShapesShowNothing() {
    Value<String> mine = out -> out.string("mine");
    List<Value<?>> others = List.of(Value.ofMap(Map.of("a", "b")), Json.object("a", 1),
        Fn.join(",", Fn.getAZs()), new Bucket.VersioningConfiguration().status("Enabled"), mine);
    for (Value<?> other : others) {
      assertEquals(List.of(), visit(other).seen, other.toString());
    }
  }

  /** Hands every call a template walk meets to the visitor, as the reference check does. */
  private record CallCollector(Visitor visitor) implements Sink {
    @Override
    public void call(Call call) {
      visitor.visitCall(call);
      call.writeArgument(this);
    }

    @Override
    public void beginObject() {}

    @Override
    public void key(String name) {}

    @Override
    public void endObject() {}

    @Override
    public void beginArray() {}

    @Override
    public void endArray() {}

    @Override
    public void string(String value) {}

    @Override
    public void number(Number value) {}

    @Override
    public void bool(boolean value) {}
  }
}
