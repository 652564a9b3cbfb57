package io.tropo4j.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Function;

/**
 * An SDK client that answers the calls a test scripts, in order, and records every request: the SDK's
 * clients are interfaces, so a few answers make one. A call nothing answers fails the test. Calls may
 * come from several threads (the deployer looks ahead on its own): they are recorded in the order they
 * came.
 */
public final class FakeClient<C> {
  /** A call as the client received it: the operation and its request object. */
  public record Call(String operation, Object request) {}

  private final Class<C> type;
  private final Map<String, Queue<Function<Object, Object>>> answers = new HashMap<>();
  private final Map<String, Function<Object, Object>> lastAnswers = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();

  public FakeClient(Class<C> type) {
    this.type = type;
  }

  /** Answers the operation's calls with these, one each, the last for every call after. */
  @SafeVarargs
  public final synchronized FakeClient<C> on(String operation, Function<Object, Object>... answers) {
    Queue<Function<Object, Object>> queue = this.answers.computeIfAbsent(operation, k -> new ArrayDeque<>());
    for (Function<Object, Object> answer : answers) {
      queue.add(answer);
    }
    return this;
  }

  /** The operations called, in order. */
  public synchronized List<String> operations() {
    return calls.stream().map(Call::operation).toList();
  }

  /** The requests of one operation, in order. */
  @SuppressWarnings("unchecked")
  public synchronized <R> List<R> requests(String operation) {
    return calls.stream().filter(c -> c.operation().equals(operation)).map(c -> (R) c.request()).toList();
  }

  public C client() {
    InvocationHandler handler = (proxy, method, args) -> {
      // A Consumer<Builder> variant builds the request and calls the request variant, which is recorded.
      if (method.isDefault() && args != null && args.length == 1 && args[0] instanceof java.util.function.Consumer) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      String name = method.getName();
      if (name.equals("close")) {
        return null;
      }
      if (name.equals("serviceName")) {
        return type.getSimpleName();
      }
      Object request = args == null || args.length == 0 ? null : args[0];
      Function<Object, Object> answer = answerFor(name, request);
      if (answer == null) {
        throw new AssertionError(type.getSimpleName() + "." + name + " was not expected: " + request);
      }
      Object response = answer.apply(request);
      if (response instanceof RuntimeException e) {
        throw e;
      }
      return response;
    };
    return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** Records the call and takes its answer: the next one scripted, else the last one given. */
  private synchronized Function<Object, Object> answerFor(String operation, Object request) {
    calls.add(new Call(operation, request));
    Queue<Function<Object, Object>> queue = answers.get(operation);
    Function<Object, Object> answer = queue == null || queue.isEmpty() ? lastAnswers.get(operation) : queue.poll();
    if (answer != null) {
      lastAnswers.put(operation, answer);
    }
    return answer;
  }
}
