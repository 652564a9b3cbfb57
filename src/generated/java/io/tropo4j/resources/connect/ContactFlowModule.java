// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a flow module for an Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::ContactFlowModule}.
 */
public final class ContactFlowModule extends Resource<ContactFlowModule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::ContactFlowModule")
      .required("Content", "InstanceArn", "Name")
      .constrain("Content", Constraint.of().minLength(1).maxLength(256000))
      .constrain("Description", Constraint.of().pattern(".*\\S.*").minLength(0).maxLength(500))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(256))
      .references("InstanceArn", "AWS::Connect::Instance.Ref")
      .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(127))
      .constrain("Settings", Constraint.of().maxLength(256000))
      .constrain("State", Constraint.of().maxLength(500))
      .refYields("ContactFlowModuleArn")
      .attributes("ContactFlowModuleArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ContactFlowModule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The content of the flow module.
   *
   * <p>Required. Length: 1 to 256000 characters. CloudFormation property {@code Content}.
   */
  public ContactFlowModule content(String value) {
    return set("Content", Value.of(value));
  }

  /** Sets {@code Content} to this value; see {@link #content(String)}. */
  public ContactFlowModule content(Value<String> value) {
    return set("Content", value);
  }

  /**
   * The description of the flow module.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
   * Description}.
   */
  public ContactFlowModule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ContactFlowModule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The external invocation configuration for the flow module
   *
   * <p>CloudFormation property {@code ExternalInvocationConfiguration}.
   */
  public ContactFlowModule externalInvocationConfiguration(Value<ExternalInvocationConfiguration> value) {
    return set("ExternalInvocationConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Connect Customer instance.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public ContactFlowModule instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public ContactFlowModule instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Sets {@code InstanceArn} to the Ref of {@code AWS::Connect::Instance}; see {@link
   * #instanceArn(String)}.
   */
  public ContactFlowModule instanceArn(Instance resource) {
    return set("InstanceArn", resource.ref());
  }

  /**
   * The name of the flow module.
   *
   * <p>Required. Length: 1 to 127 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
   * {@code Name}.
   */
  public ContactFlowModule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ContactFlowModule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The configuration settings for the flow module.
   *
   * <p>Length: at most 256000 characters. CloudFormation property {@code Settings}.
   */
  public ContactFlowModule settings(String value) {
    return set("Settings", Value.of(value));
  }

  /** Sets {@code Settings} to this value; see {@link #settings(String)}. */
  public ContactFlowModule settings(Value<String> value) {
    return set("Settings", value);
  }

  /**
   * The state of the flow module.
   *
   * <p>Length: at most 500 characters. CloudFormation property {@code State}.
   */
  public ContactFlowModule state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public ContactFlowModule state(Value<String> value) {
    return set("State", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ContactFlowModule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ContactFlowModule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ContactFlowModule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * <code>Ref</code> returns the Amazon Resource Name (ARN) of the flow module.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ContactFlowModuleArn}.
   */
  public Value<String> contactFlowModuleArn() {
    return getAtt("ContactFlowModuleArn");
  }

  /**
   * The status of the contact flow module.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The external invocation configuration for the flow module
   *
   * <p>Property type {@code AWS::Connect::ContactFlowModule.ExternalInvocationConfiguration}.
   */
  public static final class ExternalInvocationConfiguration extends Struct<ExternalInvocationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::ContactFlowModule.ExternalInvocationConfiguration");

    public ExternalInvocationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enable external invocation.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public ExternalInvocationConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ExternalInvocationConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
