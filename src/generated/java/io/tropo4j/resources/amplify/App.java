// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amplify;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The AWS::Amplify::App resource specifies Apps in Amplify Hosting. An App is a collection of
 * branches.
 *
 * <p>CloudFormation type {@code AWS::Amplify::App}.
 */
public final class App extends Resource<App> {
  private static final Schema SCHEMA = Schema.builder("AWS::Amplify::App")
      .required("Name")
      .constrain("AccessToken", Constraint.of().pattern("^(?s).+$").minLength(1).maxLength(4096))
      .constrain("BuildSpec", Constraint.of().pattern("(?s).+").minLength(1).maxLength(25000))
      .constrain("ComputeRoleArn", Constraint.of().pattern("(?s).*").minLength(0).maxLength(1000).format("AWS::IAM::Role.Arn"))
      .constrain("CustomHeaders", Constraint.of().pattern("(?s).*").minLength(0).maxLength(25000))
      .constrain("Description", Constraint.of().pattern("(?s).*").minLength(0).maxLength(1000))
      .constrain("IAMServiceRole", Constraint.of().pattern("(?s).*").minLength(1).maxLength(1000))
      .references("IAMServiceRole", "AWS::IAM::Role.Arn")
      .constrain("Name", Constraint.of().pattern("(?s).+").minLength(1).maxLength(255))
      .constrain("OauthToken", Constraint.of().pattern("(?s).*").minLength(0).maxLength(4096))
      .allowed("Platform", "WEB", "WEB_DYNAMIC", "WEB_COMPUTE")
      .constrain("Repository", Constraint.of().pattern("(?s).*").minLength(0).maxLength(1000))
      .refYields("Arn")
      .attributes("AppId", "AppName", "Arn", "DefaultDomain")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public App(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The personal access token for a GitHub repository for an Amplify app. The personal access token
   * is used to authorize access to a GitHub repository using the Amplify GitHub App. The token is
   * not stored.
   *
   * <p>Use <code>AccessToken</code> for GitHub repositories only. To authorize access to a
   * repository provider such as Bitbucket or CodeCommit, use <code>OauthToken</code> .
   *
   * <p>You must specify either <code>AccessToken</code> or <code>OauthToken</code> when you create
   * a new app.
   *
   * <p>Existing Amplify apps deployed from a GitHub repository using OAuth continue to work with
   * CI/CD. However, we strongly recommend that you migrate these apps to use the GitHub App. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/setting-up-GitHub-access.html#migrating-to-github-app-auth">Migrating
   * an existing OAuth app to the Amplify GitHub App</a> in the <em>Amplify User Guide</em> .
   *
   * <p>Length: 1 to 4096 characters. Pattern: {@code ^(?s).+$}. CloudFormation property {@code
   * AccessToken}.
   */
  public App accessToken(String value) {
    return set("AccessToken", Value.of(value));
  }

  /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
  public App accessToken(Value<String> value) {
    return set("AccessToken", value);
  }

  /**
   * Sets the configuration for your automatic branch creation.
   *
   * <p>CloudFormation property {@code AutoBranchCreationConfig}.
   */
  public App autoBranchCreationConfig(Value<AutoBranchCreationConfig> value) {
    return set("AutoBranchCreationConfig", value);
  }

  /**
   * The credentials for basic authorization for an Amplify app. You must base64-encode the
   * authorization credentials and provide them in the format <code>user:password</code> .
   *
   * <p>CloudFormation property {@code BasicAuthConfig}.
   */
  public App basicAuthConfig(Value<BasicAuthConfig> value) {
    return set("BasicAuthConfig", value);
  }

  /**
   * The build specification (build spec) for an Amplify app.
   *
   * <p>Length: 1 to 25000 characters. Pattern: {@code (?s).+}. CloudFormation property {@code
   * BuildSpec}.
   */
  public App buildSpec(String value) {
    return set("BuildSpec", Value.of(value));
  }

  /** Sets {@code BuildSpec} to this value; see {@link #buildSpec(String)}. */
  public App buildSpec(Value<String> value) {
    return set("BuildSpec", value);
  }

  /**
   * The cache configuration for the Amplify app. If you don't specify the cache configuration
   * <code>type</code> , Amplify uses the default <code>AMPLIFY_MANAGED</code> setting.
   *
   * <p>CloudFormation property {@code CacheConfig}.
   */
  public App cacheConfig(Value<CacheConfig> value) {
    return set("CacheConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role for an SSR app. The Compute role allows the
   * Amplify Hosting compute service to securely access specific AWS resources based on the role's
   * permissions. For more information about the SSR Compute role, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/amplify-SSR-compute-role.html">Adding
   * an SSR Compute role</a> in the <em>Amplify User Guide</em> .
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code (?s).*}. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code ComputeRoleArn}.
   */
  public App computeRoleArn(String value) {
    return set("ComputeRoleArn", Value.of(value));
  }

  /** Sets {@code ComputeRoleArn} to this value; see {@link #computeRoleArn(String)}. */
  public App computeRoleArn(Value<String> value) {
    return set("ComputeRoleArn", value);
  }

  /**
   * The custom HTTP headers for an Amplify app.
   *
   * <p>Length: 0 to 25000 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * CustomHeaders}.
   */
  public App customHeaders(String value) {
    return set("CustomHeaders", Value.of(value));
  }

  /** Sets {@code CustomHeaders} to this value; see {@link #customHeaders(String)}. */
  public App customHeaders(Value<String> value) {
    return set("CustomHeaders", value);
  }

  /**
   * The custom rewrite and redirect rules for an Amplify app.
   *
   * <p>CloudFormation property {@code CustomRules}.
   */
  public App customRules(List<CustomRule> value) {
    return set("CustomRules", Value.listOf(value));
  }

  /** Sets {@code CustomRules} to this value; see {@link #customRules(List)}. */
  public App customRules(Value<List<CustomRule>> value) {
    return set("CustomRules", value);
  }

  /** Sets {@code CustomRules} to a list of these; see {@link #customRules(List)}. */
  public App customRules(CustomRule... values) {
    return set("CustomRules", Value.list(values));
  }

  /**
   * The description of the Amplify app.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * Description}.
   */
  public App description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public App description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Automatically disconnect a branch in Amplify Hosting when you delete a branch from your Git
   * repository.
   *
   * <p>CloudFormation property {@code EnableBranchAutoDeletion}.
   */
  public App enableBranchAutoDeletion(boolean value) {
    return set("EnableBranchAutoDeletion", Value.of(value));
  }

  /**
   * Sets {@code EnableBranchAutoDeletion} to this value; see {@link
   * #enableBranchAutoDeletion(boolean)}.
   */
  public App enableBranchAutoDeletion(Value<Boolean> value) {
    return set("EnableBranchAutoDeletion", value);
  }

  /**
   * The environment variables for the Amplify app.
   *
   * <p>For a list of the environment variables that are accessible to Amplify by default, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/amplify-console-environment-variables.html">Amplify
   * Environment variables</a> in the <em>Amplify Hosting User Guide</em> .
   *
   * <p>CloudFormation property {@code EnvironmentVariables}.
   */
  public App environmentVariables(List<EnvironmentVariable> value) {
    return set("EnvironmentVariables", Value.listOf(value));
  }

  /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(List)}. */
  public App environmentVariables(Value<List<EnvironmentVariable>> value) {
    return set("EnvironmentVariables", value);
  }

  /**
   * Sets {@code EnvironmentVariables} to a list of these; see {@link #environmentVariables(List)}.
   */
  public App environmentVariables(EnvironmentVariable... values) {
    return set("EnvironmentVariables", Value.list(values));
  }

  /**
   * AWS Identity and Access Management ( IAM ) service role for the Amazon Resource Name (ARN) of
   * the Amplify app.
   *
   * <p>Length: 1 to 1000 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * IAMServiceRole}.
   */
  public App iamServiceRole(String value) {
    return set("IAMServiceRole", Value.of(value));
  }

  /** Sets {@code IAMServiceRole} to this value; see {@link #iamServiceRole(String)}. */
  public App iamServiceRole(Value<String> value) {
    return set("IAMServiceRole", value);
  }

  /**
   * Sets {@code IAMServiceRole} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #iamServiceRole(String)}.
   */
  public App iamServiceRole(Role resource) {
    return set("IAMServiceRole", resource.arn());
  }

  /**
   * The configuration details that apply to the jobs for an Amplify app.
   *
   * <p>CloudFormation property {@code JobConfig}.
   */
  public App jobConfig(Value<JobConfig> value) {
    return set("JobConfig", value);
  }

  /**
   * The name of the Amplify app.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code (?s).+}. CloudFormation property
   * {@code Name}.
   */
  public App name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public App name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The OAuth token for a third-party source control system for an Amplify app. The OAuth token is
   * used to create a webhook and a read-only deploy key using SSH cloning. The OAuth token is not
   * stored.
   *
   * <p>Use <code>OauthToken</code> for repository providers other than GitHub, such as Bitbucket or
   * CodeCommit. To authorize access to GitHub as your repository provider, use
   * <code>AccessToken</code> .
   *
   * <p>You must specify either <code>OauthToken</code> or <code>AccessToken</code> when you create
   * a new app.
   *
   * <p>Existing Amplify apps deployed from a GitHub repository using OAuth continue to work with
   * CI/CD. However, we strongly recommend that you migrate these apps to use the GitHub App. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/setting-up-GitHub-access.html#migrating-to-github-app-auth">Migrating
   * an existing OAuth app to the Amplify GitHub App</a> in the <em>Amplify User Guide</em> .
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * OauthToken}.
   */
  public App oauthToken(String value) {
    return set("OauthToken", Value.of(value));
  }

  /** Sets {@code OauthToken} to this value; see {@link #oauthToken(String)}. */
  public App oauthToken(Value<String> value) {
    return set("OauthToken", value);
  }

  /**
   * The platform for the Amplify app. For a static app, set the platform type to <code>WEB</code> .
   * For a dynamic server-side rendered (SSR) app, set the platform type to <code>WEB_COMPUTE</code>
   * . For an app requiring Amplify Hosting's original SSR support only, set the platform type to
   * <code>WEB_DYNAMIC</code> .
   *
   * <p>If you are deploying an SSG only app with Next.js version 14 or later, you must set the
   * platform type to <code>WEB_COMPUTE</code> and set the artifacts <code>baseDirectory</code> to
   * <code>.next</code> in the application's build settings. For an example of the build
   * specification settings, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/deploy-nextjs-app.html#build-setting-detection-ssg-14">Amplify
   * build settings for a Next.js 14 SSG application</a> in the <em>Amplify Hosting User Guide</em>
   * .
   *
   * <p>Allowed values: {@code WEB}, {@code WEB_DYNAMIC}, {@code WEB_COMPUTE}. CloudFormation
   * property {@code Platform}.
   */
  public App platform(String value) {
    return set("Platform", Value.of(value));
  }

  /** Sets {@code Platform} to this value; see {@link #platform(String)}. */
  public App platform(Value<String> value) {
    return set("Platform", value);
  }

  /**
   * The Git repository for the Amplify app.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
   * Repository}.
   */
  public App repository(String value) {
    return set("Repository", Value.of(value));
  }

  /** Sets {@code Repository} to this value; see {@link #repository(String)}. */
  public App repository(Value<String> value) {
    return set("Repository", value);
  }

  /**
   * The tag for an Amplify app.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public App tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public App tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public App tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Unique Id for the Amplify App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppId}.
   */
  public Value<String> appId() {
    return getAtt("AppId");
  }

  /**
   * Name for the Amplify App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AppName}.
   */
  public Value<String> appName() {
    return getAtt("AppName");
  }

  /**
   * ARN for the Amplify App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Default domain for the Amplify App.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultDomain}.
   */
  public Value<String> defaultDomain() {
    return getAtt("DefaultDomain");
  }

  /**
   * Use the AutoBranchCreationConfig property type to automatically create branches that match a
   * certain pattern.
   *
   * <p>Property type {@code AWS::Amplify::App.AutoBranchCreationConfig}.
   */
  public static final class AutoBranchCreationConfig extends Struct<AutoBranchCreationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::App.AutoBranchCreationConfig")
        .constrain("AutoBranchCreationPatterns", Constraint.of().minLength(1).maxLength(2048))
        .constrain("BuildSpec", Constraint.of().pattern("^(?s).+$").minLength(1).maxLength(25000))
        .constrain("Framework", Constraint.of().pattern("(?s).*").minLength(0).maxLength(255))
        .constrain("PullRequestEnvironmentName", Constraint.of().pattern("(?s).*").minLength(0).maxLength(20))
        .allowed("Stage", "EXPERIMENTAL", "BETA", "PULL_REQUEST", "PRODUCTION", "DEVELOPMENT")
        .build();

    public AutoBranchCreationConfig() {
      super(SCHEMA);
    }

    /**
     * Automated branch creation glob patterns for the Amplify app.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code AutoBranchCreationPatterns}.
     */
    public AutoBranchCreationConfig autoBranchCreationPatterns(List<String> value) {
      return set("AutoBranchCreationPatterns", Value.listOf(value));
    }

    /**
     * Sets {@code AutoBranchCreationPatterns} to this value; see {@link
     * #autoBranchCreationPatterns(List)}.
     */
    public AutoBranchCreationConfig autoBranchCreationPatterns(Value<List<String>> value) {
      return set("AutoBranchCreationPatterns", value);
    }

    /**
     * Sets password protection for your auto created branch.
     *
     * <p>CloudFormation property {@code BasicAuthConfig}.
     */
    public AutoBranchCreationConfig basicAuthConfig(Value<BasicAuthConfig> value) {
      return set("BasicAuthConfig", value);
    }

    /**
     * The build specification (build spec) for the autocreated branch.
     *
     * <p>Length: 1 to 25000 characters. Pattern: {@code ^(?s).+$}. CloudFormation property {@code
     * BuildSpec}.
     */
    public AutoBranchCreationConfig buildSpec(String value) {
      return set("BuildSpec", Value.of(value));
    }

    /** Sets {@code BuildSpec} to this value; see {@link #buildSpec(String)}. */
    public AutoBranchCreationConfig buildSpec(Value<String> value) {
      return set("BuildSpec", value);
    }

    /**
     * Enables automated branch creation for the Amplify app.
     *
     * <p>CloudFormation property {@code EnableAutoBranchCreation}.
     */
    public AutoBranchCreationConfig enableAutoBranchCreation(boolean value) {
      return set("EnableAutoBranchCreation", Value.of(value));
    }

    /**
     * Sets {@code EnableAutoBranchCreation} to this value; see {@link
     * #enableAutoBranchCreation(boolean)}.
     */
    public AutoBranchCreationConfig enableAutoBranchCreation(Value<Boolean> value) {
      return set("EnableAutoBranchCreation", value);
    }

    /**
     * Enables auto building for the auto created branch.
     *
     * <p>CloudFormation property {@code EnableAutoBuild}.
     */
    public AutoBranchCreationConfig enableAutoBuild(boolean value) {
      return set("EnableAutoBuild", Value.of(value));
    }

    /** Sets {@code EnableAutoBuild} to this value; see {@link #enableAutoBuild(boolean)}. */
    public AutoBranchCreationConfig enableAutoBuild(Value<Boolean> value) {
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
    public AutoBranchCreationConfig enablePerformanceMode(boolean value) {
      return set("EnablePerformanceMode", Value.of(value));
    }

    /**
     * Sets {@code EnablePerformanceMode} to this value; see {@link
     * #enablePerformanceMode(boolean)}.
     */
    public AutoBranchCreationConfig enablePerformanceMode(Value<Boolean> value) {
      return set("EnablePerformanceMode", value);
    }

    /**
     * Sets whether pull request previews are enabled for each branch that Amplify Hosting
     * automatically creates for your app. Amplify creates previews by deploying your app to a
     * unique URL whenever a pull request is opened for the branch. Development and QA teams can use
     * this preview to test the pull request before it's merged into a production or integration
     * branch.
     *
     * <p>To provide backend support for your preview, Amplify Hosting automatically provisions a
     * temporary backend environment that it deletes when the pull request is closed. If you want to
     * specify a dedicated backend environment for your previews, use the
     * <code>PullRequestEnvironmentName</code> property.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/amplify/latest/userguide/pr-previews.html">Web Previews</a>
     * in the <em>AWS Amplify Hosting User Guide</em> .
     *
     * <p>CloudFormation property {@code EnablePullRequestPreview}.
     */
    public AutoBranchCreationConfig enablePullRequestPreview(boolean value) {
      return set("EnablePullRequestPreview", Value.of(value));
    }

    /**
     * Sets {@code EnablePullRequestPreview} to this value; see {@link
     * #enablePullRequestPreview(boolean)}.
     */
    public AutoBranchCreationConfig enablePullRequestPreview(Value<Boolean> value) {
      return set("EnablePullRequestPreview", value);
    }

    /**
     * The environment variables for the autocreated branch.
     *
     * <p>CloudFormation property {@code EnvironmentVariables}.
     */
    public AutoBranchCreationConfig environmentVariables(List<EnvironmentVariable> value) {
      return set("EnvironmentVariables", Value.listOf(value));
    }

    /** Sets {@code EnvironmentVariables} to this value; see {@link #environmentVariables(List)}. */
    public AutoBranchCreationConfig environmentVariables(Value<List<EnvironmentVariable>> value) {
      return set("EnvironmentVariables", value);
    }

    /**
     * Sets {@code EnvironmentVariables} to a list of these; see {@link
     * #environmentVariables(List)}.
     */
    public AutoBranchCreationConfig environmentVariables(EnvironmentVariable... values) {
      return set("EnvironmentVariables", Value.list(values));
    }

    /**
     * The framework for the autocreated branch.
     *
     * <p>Length: 0 to 255 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
     * Framework}.
     */
    public AutoBranchCreationConfig framework(String value) {
      return set("Framework", Value.of(value));
    }

    /** Sets {@code Framework} to this value; see {@link #framework(String)}. */
    public AutoBranchCreationConfig framework(Value<String> value) {
      return set("Framework", value);
    }

    /**
     * If pull request previews are enabled, you can use this property to specify a dedicated
     * backend environment for your previews. For example, you could specify an environment named
     * <code>prod</code> , <code>test</code> , or <code>dev</code> that you initialized with the
     * Amplify CLI.
     *
     * <p>To enable pull request previews, set the <code>EnablePullRequestPreview</code> property to
     * <code>true</code> .
     *
     * <p>If you don't specify an environment, Amplify Hosting provides backend support for each
     * preview by automatically provisioning a temporary backend environment. Amplify deletes this
     * environment when the pull request is closed.
     *
     * <p>For more information about creating backend environments, see <a
     * href="https://docs.aws.amazon.com/amplify/latest/userguide/multi-environments.html">Feature
     * Branch Deployments and Team Workflows</a> in the <em>AWS Amplify Hosting User Guide</em> .
     *
     * <p>Length: 0 to 20 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
     * PullRequestEnvironmentName}.
     */
    public AutoBranchCreationConfig pullRequestEnvironmentName(String value) {
      return set("PullRequestEnvironmentName", Value.of(value));
    }

    /**
     * Sets {@code PullRequestEnvironmentName} to this value; see {@link
     * #pullRequestEnvironmentName(String)}.
     */
    public AutoBranchCreationConfig pullRequestEnvironmentName(Value<String> value) {
      return set("PullRequestEnvironmentName", value);
    }

    /**
     * Stage for the auto created branch.
     *
     * <p>Allowed values: {@code EXPERIMENTAL}, {@code BETA}, {@code PULL_REQUEST}, {@code
     * PRODUCTION}, {@code DEVELOPMENT}. CloudFormation property {@code Stage}.
     */
    public AutoBranchCreationConfig stage(String value) {
      return set("Stage", Value.of(value));
    }

    /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
    public AutoBranchCreationConfig stage(Value<String> value) {
      return set("Stage", value);
    }
  }

  /**
   * Use the BasicAuthConfig property type to set password protection at an app level to all your
   * branches.
   *
   * <p>Property type {@code AWS::Amplify::App.BasicAuthConfig}.
   */
  public static final class BasicAuthConfig extends Struct<BasicAuthConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::App.BasicAuthConfig")
        .constrain("Password", Constraint.of().minLength(1).maxLength(255))
        .constrain("Username", Constraint.of().minLength(1).maxLength(255))
        .build();

    public BasicAuthConfig() {
      super(SCHEMA);
    }

    /**
     * Enables basic authorization for the Amplify app's branches.
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
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Password}.
     */
    public BasicAuthConfig password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public BasicAuthConfig password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The user name for basic authorization.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Username}.
     */
    public BasicAuthConfig username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public BasicAuthConfig username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Describes the cache configuration for an Amplify app.
   *
   * <p>For more information about how Amplify applies an optimal cache configuration for your app
   * based on the type of content that is being served, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/managing-cache-configuration">Managing
   * cache configuration</a> in the <em>Amplify User guide</em> .
   *
   * <p>Property type {@code AWS::Amplify::App.CacheConfig}.
   */
  public static final class CacheConfig extends Struct<CacheConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::App.CacheConfig")
        .allowed("Type", "AMPLIFY_MANAGED", "AMPLIFY_MANAGED_NO_COOKIES")
        .build();

    public CacheConfig() {
      super(SCHEMA);
    }

    /**
     * The type of cache configuration to use for an Amplify app.
     *
     * <p>The <code>AMPLIFY_MANAGED</code> cache configuration automatically applies an optimized
     * cache configuration for your app based on its platform, routing rules, and rewrite rules.
     *
     * <p>The <code>AMPLIFY_MANAGED_NO_COOKIES</code> cache configuration type is the same as
     * <code>AMPLIFY_MANAGED</code> , except that it excludes all cookies from the cache key. This
     * is the default setting.
     *
     * <p>Allowed values: {@code AMPLIFY_MANAGED}, {@code AMPLIFY_MANAGED_NO_COOKIES}.
     * CloudFormation property {@code Type}.
     */
    public CacheConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CacheConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The CustomRule property type allows you to specify redirects, rewrites, and reverse proxies.
   * Redirects enable a web app to reroute navigation from one URL to another.
   *
   * <p>Property type {@code AWS::Amplify::App.CustomRule}.
   */
  public static final class CustomRule extends Struct<CustomRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::App.CustomRule")
        .required("Source", "Target")
        .constrain("Condition", Constraint.of().pattern("(?s).*").minLength(0).maxLength(2048))
        .constrain("Source", Constraint.of().pattern("(?s).+").minLength(1).maxLength(2048))
        .constrain("Status", Constraint.of().pattern(".{3,7}").minLength(3).maxLength(7))
        .constrain("Target", Constraint.of().pattern("(?s).+").minLength(1).maxLength(2048))
        .build();

    public CustomRule() {
      super(SCHEMA);
    }

    /**
     * The condition for a URL rewrite or redirect rule, such as a country code.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code (?s).*}. CloudFormation property {@code
     * Condition}.
     */
    public CustomRule condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public CustomRule condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * The source pattern for a URL rewrite or redirect rule.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code (?s).+}. CloudFormation property
     * {@code Source}.
     */
    public CustomRule source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public CustomRule source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The status code for a URL rewrite or redirect rule.
     *
     * <ul> <li><b>200</b> - Represents a 200 rewrite rule. <li><b>301</b> - Represents a 301 (moved
     * pemanently) redirect rule. This and all future requests should be directed to the target URL.
     * <li><b>302</b> - Represents a 302 temporary redirect rule. <li><b>404</b> - Represents a 404
     * redirect rule. <li><b>404-200</b> - Represents a 404 rewrite rule. </ul>
     *
     * <p>Length: 3 to 7 characters. Pattern: {@code .{3,7}}. CloudFormation property {@code
     * Status}.
     */
    public CustomRule status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CustomRule status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The target pattern for a URL rewrite or redirect rule.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code (?s).+}. CloudFormation property
     * {@code Target}.
     */
    public CustomRule target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public CustomRule target(Value<String> value) {
      return set("Target", value);
    }
  }

  /**
   * Environment variables are key-value pairs that are available at build time. Set environment
   * variables for all branches in your app.
   *
   * <p>Property type {@code AWS::Amplify::App.EnvironmentVariable}.
   */
  public static final class EnvironmentVariable extends Struct<EnvironmentVariable> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::App.EnvironmentVariable")
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

  /**
   * Describes the configuration details that apply to the jobs for an Amplify app.
   *
   * <p>Use <code>JobConfig</code> to apply configuration to jobs, such as customizing the build
   * instance size when you create or update an Amplify app. For more information about customizable
   * build instances, see <a
   * href="https://docs.aws.amazon.com/amplify/latest/userguide/custom-build-instance.html">Custom
   * build instances</a> in the <em>Amplify User Guide</em> .
   *
   * <p>Property type {@code AWS::Amplify::App.JobConfig}.
   */
  public static final class JobConfig extends Struct<JobConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Amplify::App.JobConfig")
        .required("BuildComputeType")
        .allowed("BuildComputeType", "STANDARD_8GB", "LARGE_16GB", "XLARGE_72GB")
        .build();

    public JobConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the size of the build instance. Amplify supports three instance sizes:
     * <code>STANDARD_8GB</code> , <code>LARGE_16GB</code> , and <code>XLARGE_72GB</code> . If you
     * don't specify a value, Amplify uses the <code>STANDARD_8GB</code> default.
     *
     * <p>The following list describes the CPU, memory, and storage capacity for each build instance
     * type:
     *
     * <ul> <li><b>STANDARD_8GB</b> - - vCPUs: 4 <li>Memory: 8 GiB <li>Disk space: 128 GB
     * <li><b>LARGE_16GB</b> - - vCPUs: 8 <li>Memory: 16 GiB <li>Disk space: 128 GB
     * <li><b>XLARGE_72GB</b> - - vCPUs: 36 <li>Memory: 72 GiB <li>Disk space: 256 GB </ul>
     *
     * <p>Required. Allowed values: {@code STANDARD_8GB}, {@code LARGE_16GB}, {@code XLARGE_72GB}.
     * CloudFormation property {@code BuildComputeType}.
     */
    public JobConfig buildComputeType(String value) {
      return set("BuildComputeType", Value.of(value));
    }

    /** Sets {@code BuildComputeType} to this value; see {@link #buildComputeType(String)}. */
    public JobConfig buildComputeType(Value<String> value) {
      return set("BuildComputeType", value);
    }
  }
}
