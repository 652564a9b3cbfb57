// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amplify;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::Amplify::Branch resource specifies a new branch within an app.
 *
 * <p>CloudFormation type {@code AWS::Amplify::Branch}.
 */
public final class Branch extends Resource<Branch> {
  private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Branch")
      .required("AppId", "BranchName")
      .constrain("AppId", Constraint.of().pattern("d[a-z0-9]+").minLength(1).maxLength(20))
      .references("AppId", "AWS::Amplify::App.AppId")
      .constrain("BranchName", Constraint.of().pattern("(?s).+").minLength(1).maxLength(255))
      .constrain("BuildSpec", Constraint.of().pattern("(?s).+").minLength(1).maxLength(25000))
      .constrain("ComputeRoleArn", Constraint.of().pattern("(?s).*").minLength(0).maxLength(1000).format("AWS::IAM::Role.Arn"))
      .constrain("Description", Constraint.of().pattern("(?s).*").minLength(0).maxLength(1000))
      .constrain("Framework", Constraint.of().pattern("(?s).*").minLength(0).maxLength(255))
      .constrain("PullRequestEnvironmentName", Constraint.of().pattern("(?s).*").minLength(0).maxLength(20))
      .allowed("Stage", "EXPERIMENTAL", "BETA", "PULL_REQUEST", "PRODUCTION", "DEVELOPMENT")
      .refYields("Arn")
      .attributes("Arn", "BranchName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Branch(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID for an Amplify app.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 20 characters. Pattern: {@code
   * d[a-z0-9]+}. CloudFormation property {@code AppId}.
   */
  public Branch appId(String value) {
    return set("AppId", Value.of(value));
  }

  /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
  public Branch appId(Value<String> value) {
    return set("AppId", value);
  }

  /** Sets {@code AppId} to the AppId of {@code AWS::Amplify::App}; see {@link #appId(String)}. */
  public Branch appId(App resource) {
    return set("AppId", resource.appId());
  }

  /**
   * The backend for a <code>Branch</code> of an Amplify app. Use for a backend created from an
   * CloudFormation stack.
   *
   * <p>This field is available to Amplify Gen 2 apps only. When you deploy an application with
   * Amplify Gen 2, you provision the app's backend infrastructure using Typescript code.
   *
   * <p>CloudFormation property {@code Backend}.
   */
  public Branch backend(Value<Backend> value) {
    return set("Backend", value);
  }

  /**
   * The basic authorization credentials for a branch of an Amplify app. You must base64-encode the
   * authorization credentials and provide them in the format <code>user:password</code> .
   *
   * <p>CloudFormation property {@code BasicAuthConfig}.
   */
  public Branch basicAuthConfig(Value<BasicAuthConfig> value) {
    return set("BasicAuthConfig", value);
  }

  /**
   * The name for the branch.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * (?s).+}. CloudFormation property {@code BranchName}.
   */
  public Branch branchName(String value) {
    return set("BranchName", Value.of(value));
  }

  /** Sets {@code BranchName} to this value; see {@link #branchName(String)}. */
  public Branch branchName(Value<String> value) {
    return set("BranchName", value);
  }

  /**
   * The build specification (build spec) for the branch.
   *
   * <p>Length: 1 to 25000 characters. Pattern: {@code (?s).+}. CloudFormation property {@code
   * BuildSpec}.
   */
  public Branch buildSpec(String value) {
    return set("BuildSpec", Value.of(value));
  }

  /** Sets {@code BuildSpec} to this value; see {@link #buildSpec(String)}. */
  public Branch buildSpec(Value<String> value) {
    return set("BuildSpec", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role to assign to a branch of an SSR app. The SSR
   * Compute role allows the Amplify Hosting compute service to securely access specific AWS
   * resources based on the role's permissions. For more information about the SSR Compute role, see
   * <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/amplify-SSR-compute-role.html">Adding
   * an SSR Compute role</a> in the <em>Amplify User Guide</em> .
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code (?s).*}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code ComputeRoleArn}.
   */
  public Branch computeRoleArn(String value) {
    return set("ComputeRoleArn", Value.of(value));
  }

  /** Sets {@code ComputeRoleArn} to this value; see {@link #computeRoleArn(String)}. */
  public Branch computeRoleArn(Value<String> value) {
    return set("ComputeRoleArn", value);
  }

  /**
   * The description for the branch that is part of an Amplify app.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * Description}.
   */
  public Branch description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Branch description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Enables auto building for the branch.
   *
   * <p>CloudFormation property {@code EnableAutoBuild}.
   */
  public Branch enableAutoBuild(boolean value) {
    return set("EnableAutoBuild", Value.of(value));
  }

  /** Sets {@code EnableAutoBuild} to this value; see {@link #enableAutoBuild(boolean)}. */
  public Branch enableAutoBuild(Value<Boolean> value) {
    return set("EnableAutoBuild", value);
  }

  /**
   * Enables performance mode for the branch.
   *
   * <p>Performance mode optimizes for faster hosting performance by keeping content cached at the
   * edge for a longer interval. When performance mode is enabled, hosting configuration or code
   * changes can take up to 10 minutes to roll out.
   *
   * <p>CloudFormation property {@code EnablePerformanceMode}.
   */
  public Branch enablePerformanceMode(boolean value) {
    return set("EnablePerformanceMode", Value.of(value));
  }

  /**
   * Sets {@code EnablePerformanceMode} to this value; see {@link #enablePerformanceMode(boolean)}.
   */
  public Branch enablePerformanceMode(Value<Boolean> value) {
    return set("EnablePerformanceMode", value);
  }

  /**
   * Specifies whether Amplify Hosting creates a preview for each pull request that is made for this
   * branch. If this property is enabled, Amplify deploys your app to a unique preview URL after
   * each pull request is opened. Development and QA teams can use this preview to test the pull
   * request before it's merged into a production or integration branch.
   *
   * <p>To provide backend support for your preview, Amplify automatically provisions a temporary
   * backend environment that it deletes when the pull request is closed. If you want to specify a
   * dedicated backend environment for your previews, use the
   * <code>PullRequestEnvironmentName</code> property.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/pr-previews.html">Web Previews</a>
   * in the <em>AWS Amplify Hosting User Guide</em> .
   *
   * <p>CloudFormation property {@code EnablePullRequestPreview}.
   */
  public Branch enablePullRequestPreview(boolean value) {
    return set("EnablePullRequestPreview", Value.of(value));
  }

  /**
   * Sets {@code EnablePullRequestPreview} to this value; see {@link
   * #enablePullRequestPreview(boolean)}.
   */
  public Branch enablePullRequestPreview(Value<Boolean> value) {
    return set("EnablePullRequestPreview", value);
  }

  /**
   * Specifies whether the skew protection feature is enabled for the branch.
   *
   * <p>Deployment skew protection is available to Amplify applications to eliminate version skew
   * issues between client and servers in web applications. When you apply skew protection to a
   * branch, you can ensure that your clients always interact with the correct version of
   * server-side assets, regardless of when a deployment occurs. For more information about skew
   * protection, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/skew-protection.html">Skew
   * protection for Amplify deployments</a> in the <em>Amplify User Guide</em> .
   *
   * <p>CloudFormation property {@code EnableSkewProtection}.
   */
  public Branch enableSkewProtection(boolean value) {
    return set("EnableSkewProtection", Value.of(value));
  }

  /**
   * Sets {@code EnableSkewProtection} to this value; see {@link #enableSkewProtection(boolean)}.
   */
  public Branch enableSkewProtection(Value<Boolean> value) {
    return set("EnableSkewProtection", value);
  }

  /**
   * The environment variables for the branch.
   *
   * <p>CloudFormation property {@code EnvironmentVariables}.
   */
  public Branch environmentVariables(List<EnvironmentVariable> value) {
    return set("EnvironmentVariables", Value.listOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(List)}. */
  public Branch environmentVariables(Value<List<EnvironmentVariable>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * Sets {@code EnvironmentVariables} to a list of these; see {@link #environmentVariables(List)}.
   */
  public Branch environmentVariables(EnvironmentVariable... values) {
    return set("EnvironmentVariables", Value.list(values));
  }

  /**
   * The framework for the branch.
   *
   * <p>Length: 0 to 255 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * Framework}.
   */
  public Branch framework(String value) {
    return set("Framework", Value.of(value));
  }

  /** Sets {@code Framework} to this value; see {@link #framework(String)}. */
  public Branch framework(Value<String> value) {
    return set("Framework", value);
  }

  /**
   * If pull request previews are enabled for this branch, you can use this property to specify a
   * dedicated backend environment for your previews. For example, you could specify an environment
   * named <code>prod</code> , <code>test</code> , or <code>dev</code> that you initialized with the
   * Amplify CLI and mapped to this branch.
   *
   * <p>To enable pull request previews, set the <code>EnablePullRequestPreview</code> property to
   * <code>true</code> .
   *
   * <p>If you don't specify an environment, Amplify Hosting provides backend support for each
   * preview by automatically provisioning a temporary backend environment. Amplify Hosting deletes
   * this environment when the pull request is closed.
   *
   * <p>For more information about creating backend environments, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/multi-environments.html">Feature
   * Branch Deployments and Team Workflows</a> in the <em>AWS Amplify Hosting User Guide</em> .
   *
   * <p>Length: 0 to 20 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * PullRequestEnvironmentName}.
   */
  public Branch pullRequestEnvironmentName(String value) {
    return set("PullRequestEnvironmentName", Value.of(value));
  }

  /**
   * Sets {@code PullRequestEnvironmentName} to this value; see {@link
   * #pullRequestEnvironmentName(String)}.
   */
  public Branch pullRequestEnvironmentName(Value<String> value) {
    return set("PullRequestEnvironmentName", value);
  }

  /**
   * Describes the current stage for the branch.
   *
   * <p>Allowed values: {@code EXPERIMENTAL}, {@code BETA}, {@code PULL_REQUEST}, {@code
   * PRODUCTION}, {@code DEVELOPMENT}. CloudFormation property {@code Stage}.
   */
  public Branch stage(String value) {
    return set("Stage", Value.of(value));
  }

  /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
  public Branch stage(Value<String> value) {
    return set("Stage", value);
  }

  /**
   * The tag for the branch.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Branch tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Branch tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Branch tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * ARN for a branch, part of an Amplify App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Name for a branch, part of an Amplify App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BranchName}.
   */
  public Value<String> branchName() {
    return getAtt("BranchName");
  }

  /**
   * Describes the backend associated with an Amplify <code>Branch</code> .
   *
   * <p>This property is available to Amplify Gen 2 apps only. When you deploy an application with
   * Amplify Gen 2, you provision the app's backend infrastructure using Typescript code.
   *
   * <p>Property type {@code AWS::Amplify::Branch.Backend}.
   */
  public static final class Backend extends Struct<Backend> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Branch.Backend")
        .constrain("StackArn", Constraint.of().pattern("^arn:aws:cloudformation:[a-z0-9-]+:\\d{12}:stack/.+/.+$").minLength(20).maxLength(2048))
        .build();

    public Backend() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the CloudFormation stack.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws:cloudformation:[a-z0-9-]+:&#92;d{12}:stack/.+/.+$}. CloudFormation property {@code
     * StackArn}.
     */
    public Backend stackArn(String value) {
      return set("StackArn", Value.of(value));
    }

    /** Sets {@code StackArn} to this value; see {@link #stackArn(String)}. */
    public Backend stackArn(Value<String> value) {
      return set("StackArn", value);
    }
  }

  /**
   * Use the BasicAuthConfig property type to set password protection for a specific branch.
   *
   * <p>Property type {@code AWS::Amplify::Branch.BasicAuthConfig}.
   */
  public static final class BasicAuthConfig extends Struct<BasicAuthConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Branch.BasicAuthConfig")
        .required("Password", "Username")
        .constrain("Password", Constraint.of().minLength(1).maxLength(255))
        .constrain("Username", Constraint.of().minLength(1).maxLength(255))
        .build();

    public BasicAuthConfig() {
      super(SCHEMA);
    }

    /**
     * Enables basic authorization for the branch.
     *
     * <p>CloudFormation property {@code EnableBasicAuth}.
     */
    public BasicAuthConfig enableBasicAuth(boolean value) {
      return set("EnableBasicAuth", Value.of(value));
    }

    /** Sets {@code EnableBasicAuth} to this value; see {@link #enableBasicAuth(boolean)}. */
    public BasicAuthConfig enableBasicAuth(Value<Boolean> value) {
      return set("EnableBasicAuth", value);
    }

    /**
     * The password for basic authorization.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Password}.
     */
    public BasicAuthConfig password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public BasicAuthConfig password(Value<String> value) {
      return set("Password", value);
    }

    /** Required. Length: 1 to 255 characters. CloudFormation property {@code Username}. */
    public BasicAuthConfig username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public BasicAuthConfig username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The EnvironmentVariable property type sets environment variables for a specific branch.
   * Environment variables are key-value pairs that are available at build time.
   *
   * <p>Property type {@code AWS::Amplify::Branch.EnvironmentVariable}.
   */
  public static final class EnvironmentVariable extends Struct<EnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::Branch.EnvironmentVariable")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("(?s).*").maxLength(255))
        .constrain("Value", Constraint.of().pattern("(?s).*").maxLength(5500))
        .build();

    public EnvironmentVariable() {
      super(SCHEMA);
    }

    /**
     * The environment variable name.
     *
     * <p>Required. Length: at most 255 characters. Pattern: {@code (?s).*}. CloudFormation property
     * {@code Name}.
     */
    public EnvironmentVariable name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EnvironmentVariable name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The environment variable value.
     *
     * <p>Required. Length: at most 5500 characters. Pattern: {@code (?s).*}. CloudFormation
     * property {@code Value}.
     */
    public EnvironmentVariable value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentVariable value(Value<String> value) {
      return set("Value", value);
    }
  }
}
