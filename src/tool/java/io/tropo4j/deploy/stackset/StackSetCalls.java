package io.tropo4j.deploy.stackset;

import io.tropo4j.deploy.FleetException;
import io.tropo4j.deploy.FleetInstance;
import io.tropo4j.deploy.FleetPreferences;
import io.tropo4j.deploy.cloudformation.AwsCalls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CallAs;
import software.amazon.awssdk.services.cloudformation.model.ConcurrencyMode;
import software.amazon.awssdk.services.cloudformation.model.DeploymentTargets;
import software.amazon.awssdk.services.cloudformation.model.ListStackInstancesResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse;
import software.amazon.awssdk.services.cloudformation.model.OperationInProgressException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.RegionConcurrencyType;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSet;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationSummary;

/**
 * The StackSet calls the fleet commands make, each as the caller acts (the account itself, or the
 * organization's delegated administrator), each failure worded with what it was doing.
 */
final class StackSetCalls {
  private final CloudFormationClient client;
  private final CallAs callAs;

  StackSetCalls(CloudFormationClient client, boolean delegatedAdmin) {
    this.client = client;
    this.callAs = delegatedAdmin ? CallAs.DELEGATED_ADMIN : CallAs.SELF;
  }

  Optional<StackSet> describe(String name) {
    try {
      StackSet set = client.describeStackSet(r -> r.stackSetName(name).callAs(callAs)).stackSet();
      return set == null || "DELETED".equals(set.statusAsString()) ? Optional.empty() : Optional.of(set);
    } catch (StackSetNotFoundException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw AwsCalls.failure(e, "looking up StackSet " + name);
    }
  }

  List<FleetInstance> instances(String name) {
    List<FleetInstance> instances = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      ListStackInstancesResponse page = call("listing the instances of StackSet " + name,
          () -> client.listStackInstances(r -> r.stackSetName(name).callAs(callAs).nextToken(next)));
      for (StackInstanceSummary s : page.summaries()) {
        instances.add(new FleetInstance(s.account(), s.region(), s.organizationalUnitId(), s.statusAsString(),
            s.stackInstanceStatus() == null ? null : s.stackInstanceStatus().detailedStatusAsString(),
            s.statusReason()));
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return instances;
  }

  /** The values one instance overrides. */
  Map<String, String> overrides(String name, String account, String region) {
    Map<String, String> values = new LinkedHashMap<>();
    call("reading the instance of StackSet " + name + " in " + account + " " + region,
        () -> client.describeStackInstance(r -> r.stackSetName(name).stackInstanceAccount(account)
            .stackInstanceRegion(region).callAs(callAs)).stackInstance())
        .parameterOverrides().forEach(p -> values.put(p.parameterKey(), p.parameterValue()));
    return values;
  }

  String createInstances(String name, List<String> accounts, List<String> units, List<String> regions,
      Map<String, String> overrides, StackSetOperationPreferences preferences) {
    return operation(name, "creating instances of StackSet " + name, () -> client.createStackInstances(r -> {
      r.stackSetName(name).callAs(callAs).regions(regions).parameterOverrides(parameters(overrides))
          .operationPreferences(preferences);
      where(accounts, units, r::accounts, r::deploymentTargets);
    }).operationId());
  }

  String updateInstances(String name, List<String> accounts, List<String> units, List<String> regions,
      Map<String, String> overrides, StackSetOperationPreferences preferences) {
    return operation(name, "updating instances of StackSet " + name, () -> client.updateStackInstances(r -> {
      r.stackSetName(name).callAs(callAs).regions(regions).parameterOverrides(parameters(overrides))
          .operationPreferences(preferences);
      where(accounts, units, r::accounts, r::deploymentTargets);
    }).operationId());
  }

  String deleteInstances(String name, List<String> accounts, List<String> units, List<String> regions,
      boolean retainStacks, StackSetOperationPreferences preferences) {
    return operation(name, "deleting instances of StackSet " + name, () -> client.deleteStackInstances(r -> {
      r.stackSetName(name).callAs(callAs).regions(regions).retainStacks(retainStacks)
          .operationPreferences(preferences);
      where(accounts, units, r::accounts, r::deploymentTargets);
    }).operationId());
  }

  /** An instance call's targets: the accounts, or (service-managed) the organizational units. */
  private static void where(List<String> accounts, List<String> units, Consumer<List<String>> byAccount,
      Consumer<DeploymentTargets> byUnit) {
    if (units.isEmpty()) {
      byAccount.accept(accounts);
    } else {
      byUnit.accept(DeploymentTargets.builder().organizationalUnitIds(units).build());
    }
  }

  void deleteSet(String name) {
    call("deleting StackSet " + name, () -> client.deleteStackSet(r -> r.stackSetName(name).callAs(callAs)));
  }

  StackSetOperation operation(String name, String operationId) {
    return call("reading operation " + operationId + " of StackSet " + name, () -> client.describeStackSetOperation(
        r -> r.stackSetName(name).operationId(operationId).callAs(callAs)).stackSetOperation());
  }

  List<StackSetOperationResultSummary> results(String name, String operationId) {
    List<StackSetOperationResultSummary> results = new ArrayList<>();
    String token = null;
    do {
      String next = token;
      ListStackSetOperationResultsResponse page = call("reading the results of operation " + operationId,
          () -> client.listStackSetOperationResults(r -> r.stackSetName(name).operationId(operationId)
              .callAs(callAs).nextToken(next)));
      results.addAll(page.summaries());
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return results;
  }

  /** The StackSet's operations, newest first, as CloudFormation lists them (one page). */
  List<StackSetOperationSummary> operations(String name) {
    return call("listing the operations of StackSet " + name,
        () -> client.listStackSetOperations(r -> r.stackSetName(name).callAs(callAs)).summaries());
  }

  void stop(String name, String operationId) {
    call("stopping operation " + operationId + " of StackSet " + name,
        () -> client.stopStackSetOperation(r -> r.stackSetName(name).operationId(operationId).callAs(callAs)));
  }

  CloudFormationClient client() {
    return client;
  }

  CallAs callAs() {
    return callAs;
  }

  /** A call that starts an operation: one already running on the StackSet is named, for the user to wait or stop. */
  String operation(String name, String doing, Supplier<String> call) {
    try {
      return call.get();
    } catch (OperationInProgressException e) {
      throw new FleetException(FleetException.Kind.BUSY, name, null, "StackSet " + name + " has an operation under "
          + "way, and CloudFormation runs one at a time; nothing was started by " + doing);
    } catch (SdkException e) {
      throw AwsCalls.failure(e, doing);
    }
  }

  /** As sent: every setting explicit, the regions in the order given. */
  static StackSetOperationPreferences preferences(FleetPreferences preferences, List<String> regionOrder) {
    StackSetOperationPreferences.Builder builder = StackSetOperationPreferences.builder()
        .regionConcurrencyType(preferences.parallelRegions() ? RegionConcurrencyType.PARALLEL
            : RegionConcurrencyType.SEQUENTIAL)
        .concurrencyMode(preferences.softFailureTolerance() ? ConcurrencyMode.SOFT_FAILURE_TOLERANCE
            : ConcurrencyMode.STRICT_FAILURE_TOLERANCE);
    if (!regionOrder.isEmpty()) {
      builder.regionOrder(regionOrder);
    }
    if (preferences.maxConcurrentPercentage() != null) {
      builder.maxConcurrentPercentage(preferences.maxConcurrentPercentage());
    } else {
      builder.maxConcurrentCount(preferences.maxConcurrentCount() == null ? 1 : preferences.maxConcurrentCount());
    }
    if (preferences.failureTolerancePercentage() != null) {
      builder.failureTolerancePercentage(preferences.failureTolerancePercentage());
    } else {
      builder.failureToleranceCount(preferences.failureToleranceCount() == null ? 0
          : preferences.failureToleranceCount());
    }
    return builder.build();
  }

  static <T> T call(String doing, Supplier<T> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      throw AwsCalls.failure(e, doing);
    }
  }

  static List<Parameter> parameters(Map<String, String> values) {
    List<Parameter> parameters = new ArrayList<>();
    values.forEach((k, v) -> parameters.add(Parameter.builder().parameterKey(k).parameterValue(v).build()));
    return parameters;
  }
}
