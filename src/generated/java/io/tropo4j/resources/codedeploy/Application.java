// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codedeploy;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.lambda.Function;
import java.util.List;

/**
 * The <code>AWS::CodeDeploy::Application</code> resource creates an AWS CodeDeploy application. In
 * CodeDeploy , an application is a name that functions as a container to ensure that the correct
 * combination of revision, deployment configuration, and deployment group are referenced during a
 * deployment. You can use the <code>AWS::CodeDeploy::DeploymentGroup</code> resource to associate
 * the application with a CodeDeploy deployment group. For more information, see <a
 * href="https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-steps.html">CodeDeploy
 * Deployments</a> in the <em>AWS CodeDeploy User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CodeDeploy::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeDeploy::Application")
      .constrain("ApplicationName", Constraint.of().pattern("^[A-Za-z0-9+=,.@_-]*$").minLength(1).maxLength(100))
      .references("ApplicationName", "AWS::Lambda::Function.Ref")
      .allowed("ComputePlatform", "ECS", "Lambda", "Server")
      .refYields("ApplicationName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A name for the application. If you don't specify a name, CloudFormation generates a unique
   * physical ID and uses that ID for the application name. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>Updates to <code>ApplicationName</code> are not supported.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[A-Za-z0-9+=,.&#64;_-]*$}. CloudFormation property {@code ApplicationName}.
   */
  public Application applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public Application applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Sets {@code ApplicationName} to the Ref of {@code AWS::Lambda::Function}; see {@link
   * #applicationName(String)}.
   */
  public Application applicationName(Function resource) {
    return set("ApplicationName", resource.ref());
  }

  /**
   * The compute platform that CodeDeploy deploys the application to.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ECS}, {@code Lambda}, {@code
   * Server}. CloudFormation property {@code ComputePlatform}.
   */
  public Application computePlatform(String value) {
    return set("ComputePlatform", Value.of(value));
  }

  /** Sets {@code ComputePlatform} to this value; see {@link #computePlatform(String)}. */
  public Application computePlatform(Value<String> value) {
    return set("ComputePlatform", value);
  }

  /**
   * The metadata that you apply to CodeDeploy applications to help you organize and categorize
   * them. Each tag consists of a key and an optional value, both of which you define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }
}
