package io.tropo4j.deploy.cloudformation;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.DeployException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Stack parameters: checked against the template, completed for CloudFormation. Internal. */
public final class Parameters {
  private Parameters() {}

  /**
   * The parameters to send: the given values (checked against the template's constraints), on update
   * the value each other parameter has now (see {@link #kept}), and the template's defaults otherwise.
   *
   * @param previous the stack's parameters now, as DescribeStacks reports them; empty on create
   */
  public static List<software.amazon.awssdk.services.cloudformation.model.Parameter> resolve(Template template,
      String stackName, Map<String, String> given,
      List<software.amazon.awssdk.services.cloudformation.model.Parameter> previous) {
    Map<String, Parameter<?>> declared = check(template, stackName, given);
    Set<String> now = new LinkedHashSet<>();
    for (software.amazon.awssdk.services.cloudformation.model.Parameter p : previous) {
      now.add(p.parameterKey());
    }
    List<software.amazon.awssdk.services.cloudformation.model.Parameter> resolved = new ArrayList<>();
    for (Parameter<?> parameter : declared.values()) {
      String name = parameter.logicalId();
      if (given.containsKey(name)) {
        resolved.add(software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
            .parameterKey(name).parameterValue(given.get(name)).build());
      } else if (now.contains(name)) {
        resolved.add(kept(name));
      }
    }
    requireValues(template, stackName, given.keySet(), now);
    return resolved;
  }

  /**
   * A parameter an update keeps at the value it has now, by reference ({@code UsePreviousValue}), as
   * {@code aws cloudformation deploy} keeps every parameter it is not given: the one form that keeps
   * every value as it is, NoEcho values (which cannot be read back) and SSM-typed parameters (whose
   * name, not their resolved value, is the parameter's value) included.
   */
  public static software.amazon.awssdk.services.cloudformation.model.Parameter kept(String key) {
    return software.amazon.awssdk.services.cloudformation.model.Parameter.builder().parameterKey(key)
        .usePreviousValue(true).build();
  }

  /**
   * Every parameter without a default has a value: given, supplied by the deploy itself (a release's
   * bucket and key, an image), or kept from the stack. Asked before anything is sent.
   *
   * @param supplied the parameters given or set by the deploy
   * @param kept the parameters the stack has now (empty on create)
   */
  public static void requireValues(Template template, String stackName, Collection<String> supplied,
      Collection<String> kept) {
    List<String> missing = new ArrayList<>();
    for (Parameter<?> parameter : template.parameters()) {
      String name = parameter.logicalId();
      if (parameter.defaultValue() == null && !supplied.contains(name) && !kept.contains(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw DeployException.missingValues(stackName, missing);
    }
  }

  /** Checks the given values against the template's parameters, before any call; returns them by name. */
  /** Refuses a value given for a parameter the deployer fills in itself: the asset bucket. */
  public static void refuseDeployers(Template template, String stackName, Map<String, String> given) {
    for (Parameter<?> parameter : template.parameters()) {
      if (Asset.isBucketParameter(parameter) && given.containsKey(parameter.logicalId())) {
        throw new DeployException(Asset.BUCKET_PARAMETER + " of stack " + stackName + " is the deployer's: it names "
            + "the artifact bucket the stack's assets are uploaded to; leave it out");
      }
    }
  }

  public static Map<String, Parameter<?>> check(Template template, String stackName, Map<String, String> given) {
    Map<String, Parameter<?>> declared = new LinkedHashMap<>();
    for (Parameter<?> p : template.parameters()) {
      declared.put(p.logicalId(), p);
    }
    for (Map.Entry<String, String> value : given.entrySet()) {
      Parameter<?> parameter = declared.get(value.getKey());
      if (parameter == null) {
        throw new DeployException("stack " + stackName + " has no parameter '" + value.getKey()
            + "'; its parameters are " + String.join(", ", declared.keySet()));
      }
      ParameterConstraints.check(parameter, value.getValue());
    }
    return declared;
  }
}
