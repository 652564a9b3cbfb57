// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appconfig;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an AWS AppConfig extension. An extension augments your ability to inject logic or
 * behavior at different points during the AWS AppConfig workflow of creating or deploying a
 * configuration.
 *
 * <p>You can create your own extensions or use the AWS authored extensions provided by AWS
 * AppConfig . For an AWS AppConfig extension that uses AWS Lambda , you must create a Lambda
 * function to perform any computation and processing defined in the extension. If you plan to
 * create custom versions of the AWS authored notification extensions, you only need to specify an
 * Amazon Resource Name (ARN) in the <code>Uri</code> field for the new extension version.
 *
 * <ul> <li>For a custom EventBridge notification extension, enter the ARN of the EventBridge
 * default events in the <code>Uri</code> field. <li>For a custom Amazon SNS notification extension,
 * enter the ARN of an Amazon SNS topic in the <code>Uri</code> field. <li>For a custom Amazon SQS
 * notification extension, enter the ARN of an Amazon SQS message queue in the <code>Uri</code>
 * field. </ul>
 *
 * <p>For more information about extensions, see <a
 * href="https://docs.aws.amazon.com/appconfig/latest/userguide/working-with-appconfig-extensions.html">Extending
 * workflows</a> in the <em>AWS AppConfig User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AppConfig::Extension}.
 */
public final class Extension extends Resource<Extension> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Extension")
      .required("Actions", "Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[^\\/#:\\n]{1,64}$"))
      .refYields("Id")
      .attributes("Arn", "Id", "VersionNumber")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Extension(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The actions defined in the extension.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public Extension actions(Map<String, List<Action>> value) {
    return set("Actions", Value.mapOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(Map)}. */
  public Extension actions(Value<Map<String, List<Action>>> value) {
    return set("Actions", value);
  }

  /**
   * Information about the extension.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public Extension description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Extension description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * You can omit this field when you create an extension. When you create a new version, specify
   * the most recent current version number. For example, you create version 3, enter 2 for this
   * field.
   *
   * <p>CloudFormation property {@code LatestVersionNumber}.
   */
  public Extension latestVersionNumber(int value) {
    return set("LatestVersionNumber", Value.of(value));
  }

  /** Sets {@code LatestVersionNumber} to this value; see {@link #latestVersionNumber(int)}. */
  public Extension latestVersionNumber(Value<Integer> value) {
    return set("LatestVersionNumber", value);
  }

  /**
   * A name for the extension. Each extension name in your account must be unique. Extension
   * versions use the same name.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[^&#92;/#:&#92;n]{1,64}$}.
   * CloudFormation property {@code Name}.
   */
  public Extension name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Extension name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The parameters accepted by the extension. You specify parameter values when you associate the
   * extension to an AWS AppConfig resource by using the <code>CreateExtensionAssociation</code> API
   * action. For AWS Lambda extension actions, these parameters are included in the Lambda request
   * object.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public Extension parameters(Map<String, Parameter> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public Extension parameters(Value<Map<String, Parameter>> value) {
    return set("Parameters", value);
  }

  /**
   * Adds one or more tags for the specified extension. Tags are metadata that help you categorize
   * resources in different ways, for example, by purpose, owner, or environment. Each tag consists
   * of a key and an optional value, both of which you define.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Extension tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Extension tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Extension tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The system-generated Amazon Resource Name (ARN) for the extension.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The system-generated ID of the extension.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The extension version number.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionNumber}.
   */
  public Value<Integer> versionNumber() {
    return getAtt("VersionNumber");
  }

  /**
   * The actions defined in the extension.
   *
   * <p>Property type {@code AWS::AppConfig::Extension.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Extension.Action")
        .required("Name", "Uri")
        .build();

    public Action() {
      super(SCHEMA);
    }

    /**
     * Information about actions defined in the extension.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Action description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Action description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The extension name.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Action name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Action name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * An Amazon Resource Name (ARN) for an AWS Identity and Access Management assume role.
     *
     * <p>CloudFormation property {@code RoleArn}.
     */
    public Action roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public Action roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The extension URI associated to the action point in the extension definition. The URI can be
     * an Amazon Resource Name (ARN) for one of the following: an AWS Lambda function, an Amazon
     * Simple Queue Service queue, an Amazon Simple Notification Service topic, or the Amazon
     * EventBridge default event bus.
     *
     * <p>Required. CloudFormation property {@code Uri}.
     */
    public Action uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public Action uri(Value<String> value) {
      return set("Uri", value);
    }
  }

  /**
   * A value such as an Amazon Resource Name (ARN) or an Amazon Simple Notification Service topic
   * entered in an extension when invoked. Parameter values are specified in an extension
   * association. For more information about extensions, see <a
   * href="https://docs.aws.amazon.com/appconfig/latest/userguide/working-with-appconfig-extensions.html">Extending
   * workflows</a> in the <em>AWS AppConfig User Guide</em> .
   *
   * <p>Property type {@code AWS::AppConfig::Extension.Parameter}.
   */
  public static final class Parameter extends Struct<Parameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppConfig::Extension.Parameter")
        .required("Required")
        .build();

    public Parameter() {
      super(SCHEMA);
    }

    /**
     * Information about the parameter.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Parameter description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Parameter description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Indicates whether this parameter's value can be supplied at the extension's action point
     * instead of during extension association. Dynamic parameters can't be marked
     * <code>Required</code> .
     *
     * <p>CloudFormation property {@code Dynamic}.
     */
    public Parameter dynamic(boolean value) {
      return set("Dynamic", Value.of(value));
    }

    /** Sets {@code Dynamic} to this value; see {@link #dynamic(boolean)}. */
    public Parameter dynamic(Value<Boolean> value) {
      return set("Dynamic", value);
    }

    /**
     * A parameter value must be specified in the extension association.
     *
     * <p>Required. CloudFormation property {@code Required}.
     */
    public Parameter required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public Parameter required(Value<Boolean> value) {
      return set("Required", value);
    }
  }
}
