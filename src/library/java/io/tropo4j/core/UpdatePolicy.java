package io.tropo4j.core;

import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/** How CloudFormation updates an Auto Scaling group, Lambda alias, OpenSearch domain or cache. */
public final class UpdatePolicy extends Struct<UpdatePolicy> {
  private static final Schema SCHEMA = Schema.of("UpdatePolicy");

  public UpdatePolicy() {
    super(SCHEMA);
  }

  /** Replaces instances in batches, keeping some in service; see {@link RollingUpdate}. */
  public UpdatePolicy autoScalingRollingUpdate(RollingUpdate update) {
    return set("AutoScalingRollingUpdate", update);
  }

  /** Replaces the whole group, keeping the old one until the new one is ready. */
  public UpdatePolicy autoScalingReplacingUpdate(Value<Boolean> willReplace) {
    return set("AutoScalingReplacingUpdate", Value.map(Map.of("WillReplace", willReplace)));
  }

  public UpdatePolicy autoScalingReplacingUpdate(boolean willReplace) {
    return autoScalingReplacingUpdate(Value.of(willReplace));
  }

  public UpdatePolicy autoScalingScheduledAction(boolean ignoreUnmodifiedGroupSizeProperties) {
    return set("AutoScalingScheduledAction",
        Value.map(Map.of("IgnoreUnmodifiedGroupSizeProperties", Value.of(ignoreUnmodifiedGroupSizeProperties))));
  }

  public UpdatePolicy codeDeployLambdaAliasUpdate(CodeDeployLambdaAliasUpdate update) {
    return set("CodeDeployLambdaAliasUpdate", update);
  }

  /** OpenSearch and Elasticsearch domains: upgrade the engine version in place. */
  public UpdatePolicy enableVersionUpgrade(boolean enable) {
    return set("EnableVersionUpgrade", Value.of(enable));
  }

  /** ElastiCache replication groups: change shards without replacement. */
  public UpdatePolicy useOnlineResharding(boolean enable) {
    return set("UseOnlineResharding", Value.of(enable));
  }

  /** AutoScalingRollingUpdate. */
  public static final class RollingUpdate extends Struct<RollingUpdate> {
    private static final Schema SCHEMA = Schema.of("UpdatePolicy.AutoScalingRollingUpdate");

    public RollingUpdate() {
      super(SCHEMA);
    }

    public RollingUpdate maxBatchSize(int size) {
      return maxBatchSize(Value.of(size));
    }

    public RollingUpdate maxBatchSize(Value<Integer> size) {
      return set("MaxBatchSize", size);
    }

    public RollingUpdate minActiveInstancesPercent(int percent) {
      return set("MinActiveInstancesPercent", Value.of(percent));
    }

    public RollingUpdate minInstancesInService(int count) {
      return minInstancesInService(Value.of(count));
    }

    public RollingUpdate minInstancesInService(Value<Integer> count) {
      return set("MinInstancesInService", count);
    }

    public RollingUpdate minSuccessfulInstancesPercent(int percent) {
      return set("MinSuccessfulInstancesPercent", Value.of(percent));
    }

    /** ISO 8601 duration, e.g. {@code PT10M}; with signals, how long to wait for them. */
    public RollingUpdate pauseTime(String duration) {
      return set("PauseTime", Value.of(duration));
    }

    public RollingUpdate suspendProcesses(String... processes) {
      return set("SuspendProcesses", Value.of(List.of(processes)));
    }

    public RollingUpdate waitOnResourceSignals(boolean wait) {
      return set("WaitOnResourceSignals", Value.of(wait));
    }
  }

  /** CodeDeployLambdaAliasUpdate: shifts traffic to a new Lambda version through CodeDeploy. */
  public static final class CodeDeployLambdaAliasUpdate extends Struct<CodeDeployLambdaAliasUpdate> {
    private static final Schema SCHEMA =
        Schema.builder("UpdatePolicy.CodeDeployLambdaAliasUpdate")
            .required("ApplicationName", "DeploymentGroupName")
            .build();

    public CodeDeployLambdaAliasUpdate() {
      super(SCHEMA);
    }

    public CodeDeployLambdaAliasUpdate applicationName(Value<String> name) {
      return set("ApplicationName", name);
    }

    public CodeDeployLambdaAliasUpdate deploymentGroupName(Value<String> name) {
      return set("DeploymentGroupName", name);
    }

    public CodeDeployLambdaAliasUpdate beforeAllowTrafficHook(Value<String> functionName) {
      return set("BeforeAllowTrafficHook", functionName);
    }

    public CodeDeployLambdaAliasUpdate afterAllowTrafficHook(Value<String> functionName) {
      return set("AfterAllowTrafficHook", functionName);
    }
  }
}
