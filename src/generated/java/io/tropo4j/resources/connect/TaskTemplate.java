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
 * Specifies a task template for a Connect Customer instance.
 *
 * <p>CloudFormation type {@code AWS::Connect::TaskTemplate}.
 */
public final class TaskTemplate extends Resource<TaskTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::TaskTemplate")
      .required("InstanceArn")
      .constrain("ClientToken", Constraint.of().pattern("^$|[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$").minLength(0).maxLength(500))
      .constrain("ContactFlowArn", Constraint.of().pattern("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"))
      .constrain("Description", Constraint.of().minLength(0).maxLength(255))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .constrain("Name", Constraint.of().minLength(1).maxLength(100))
      .constrain("SelfAssignContactFlowArn", Constraint.of().pattern("^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$"))
      .allowed("Status", "ACTIVE", "INACTIVE")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TaskTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
   *
   * <p>Length: 0 to 500 characters. Pattern: {@code
   * ^$|[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$}. CloudFormation
   * property {@code ClientToken}.
   */
  public TaskTemplate clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public TaskTemplate clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Constraints that are applicable to the fields listed.
   *
   * <p>The values can be represented in either JSON or YAML format. For an example of the JSON
   * configuration, see <em>Examples</em> at the bottom of this page.
   *
   * <p>CloudFormation property {@code Constraints}.
   */
  public TaskTemplate constraints(Value<Constraints> value) {
    return set("Constraints", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow that runs by default when a task is created by
   * referencing this template. <code>ContactFlowArn</code> is not required when there is a field
   * with <code>fieldType</code> = <code>QUICK_CONNECT</code> .
   *
   * <p>Pattern: {@code
   * ^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$}.
   * CloudFormation property {@code ContactFlowArn}.
   */
  public TaskTemplate contactFlowArn(String value) {
    return set("ContactFlowArn", Value.of(value));
  }

  /** Sets {@code ContactFlowArn} to this value; see {@link #contactFlowArn(String)}. */
  public TaskTemplate contactFlowArn(Value<String> value) {
    return set("ContactFlowArn", value);
  }

  /**
   * The default values for fields when a task is created by referencing this template.
   *
   * <p>CloudFormation property {@code Defaults}.
   */
  public TaskTemplate defaults(List<DefaultFieldValue> value) {
    return set("Defaults", Value.listOf(value));
  }

  /** Sets {@code Defaults} to this value; see {@link #defaults(List)}. */
  public TaskTemplate defaults(Value<List<DefaultFieldValue>> value) {
    return set("Defaults", value);
  }

  /** Sets {@code Defaults} to a list of these; see {@link #defaults(List)}. */
  public TaskTemplate defaults(DefaultFieldValue... values) {
    return set("Defaults", Value.list(values));
  }

  /**
   * The description of the task template.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code Description}.
   */
  public TaskTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TaskTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Fields that are part of the template. A template requires at least one field that has type
   * <code>Name</code> .
   *
   * <p>CloudFormation property {@code Fields}.
   */
  public TaskTemplate fields(List<Field> value) {
    return set("Fields", Value.listOf(value));
  }

  /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
  public TaskTemplate fields(Value<List<Field>> value) {
    return set("Fields", value);
  }

  /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
  public TaskTemplate fields(Field... values) {
    return set("Fields", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the Connect Customer instance.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public TaskTemplate instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public TaskTemplate instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The name of the task template.
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code Name}.
   */
  public TaskTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TaskTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow.
   *
   * <p>Pattern: {@code
   * ^$|arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;contact-flow/[-a-zA-Z0-9]*(:[a-zA-Z0-9-]+)?$}.
   * CloudFormation property {@code SelfAssignContactFlowArn}.
   */
  public TaskTemplate selfAssignContactFlowArn(String value) {
    return set("SelfAssignContactFlowArn", Value.of(value));
  }

  /**
   * Sets {@code SelfAssignContactFlowArn} to this value; see {@link
   * #selfAssignContactFlowArn(String)}.
   */
  public TaskTemplate selfAssignContactFlowArn(Value<String> value) {
    return set("SelfAssignContactFlowArn", value);
  }

  /**
   * The status of the task template.
   *
   * <p>Allowed values: {@code ACTIVE}, {@code INACTIVE}. CloudFormation property {@code Status}.
   */
  public TaskTemplate status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public TaskTemplate status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TaskTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TaskTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TaskTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the task template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Describes constraints that apply to the template fields.
   *
   * <p>Property type {@code AWS::Connect::TaskTemplate.Constraints}.
   */
  public static final class Constraints extends Struct<Constraints> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::TaskTemplate.Constraints");

    public Constraints() {
      super(SCHEMA);
    }

    /**
     * Lists the fields that are invisible to agents.
     *
     * <p>CloudFormation property {@code InvisibleFields}.
     */
    public Constraints invisibleFields(List<InvisibleFieldInfo> value) {
      return set("InvisibleFields", Value.listOf(value));
    }

    /** Sets {@code InvisibleFields} to this value; see {@link #invisibleFields(List)}. */
    public Constraints invisibleFields(Value<List<InvisibleFieldInfo>> value) {
      return set("InvisibleFields", value);
    }

    /** Sets {@code InvisibleFields} to a list of these; see {@link #invisibleFields(List)}. */
    public Constraints invisibleFields(InvisibleFieldInfo... values) {
      return set("InvisibleFields", Value.list(values));
    }

    /**
     * Lists the fields that are read-only to agents, and cannot be edited.
     *
     * <p>CloudFormation property {@code ReadOnlyFields}.
     */
    public Constraints readOnlyFields(List<ReadOnlyFieldInfo> value) {
      return set("ReadOnlyFields", Value.listOf(value));
    }

    /** Sets {@code ReadOnlyFields} to this value; see {@link #readOnlyFields(List)}. */
    public Constraints readOnlyFields(Value<List<ReadOnlyFieldInfo>> value) {
      return set("ReadOnlyFields", value);
    }

    /** Sets {@code ReadOnlyFields} to a list of these; see {@link #readOnlyFields(List)}. */
    public Constraints readOnlyFields(ReadOnlyFieldInfo... values) {
      return set("ReadOnlyFields", Value.list(values));
    }

    /**
     * Lists the fields that are required to be filled by agents.
     *
     * <p>CloudFormation property {@code RequiredFields}.
     */
    public Constraints requiredFields(List<RequiredFieldInfo> value) {
      return set("RequiredFields", Value.listOf(value));
    }

    /** Sets {@code RequiredFields} to this value; see {@link #requiredFields(List)}. */
    public Constraints requiredFields(Value<List<RequiredFieldInfo>> value) {
      return set("RequiredFields", value);
    }

    /** Sets {@code RequiredFields} to a list of these; see {@link #requiredFields(List)}. */
    public Constraints requiredFields(RequiredFieldInfo... values) {
      return set("RequiredFields", Value.list(values));
    }
  }

  /**
   * Describes a default field and its corresponding value.
   *
   * <p>Property type {@code AWS::Connect::TaskTemplate.DefaultFieldValue}.
   */
  public static final class DefaultFieldValue extends Struct<DefaultFieldValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TaskTemplate.DefaultFieldValue")
        .required("DefaultValue", "Id")
        .constrain("DefaultValue", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public DefaultFieldValue() {
      super(SCHEMA);
    }

    /**
     * Default value for the field.
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code DefaultValue}.
     */
    public DefaultFieldValue defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public DefaultFieldValue defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * Identifier of a field.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public DefaultFieldValue id(Value<FieldIdentifier> value) {
      return set("Id", value);
    }
  }

  /**
   * Describes a single task template field.
   *
   * <p>Property type {@code AWS::Connect::TaskTemplate.Field}.
   */
  public static final class Field extends Struct<Field> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TaskTemplate.Field")
        .required("Id", "Type")
        .constrain("Description", Constraint.of().minLength(0).maxLength(255))
        .constrain("SingleSelectOptions", Constraint.of().minLength(1).maxLength(100))
        .allowed("Type", "NAME", "DESCRIPTION", "SCHEDULED_TIME", "QUICK_CONNECT", "URL", "NUMBER",
            "TEXT", "TEXT_AREA", "DATE_TIME", "BOOLEAN", "SINGLE_SELECT", "EMAIL",
            "EXPIRY_DURATION", "SELF_ASSIGN")
        .build();

    public Field() {
      super(SCHEMA);
    }

    /**
     * The description of the field.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code Description}.
     */
    public Field description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Field description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The unique identifier for the field.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public Field id(Value<FieldIdentifier> value) {
      return set("Id", value);
    }

    /**
     * A list of options for a single select field.
     *
     * <p>Length: 1 to 100 characters. CloudFormation property {@code SingleSelectOptions}.
     */
    public Field singleSelectOptions(List<String> value) {
      return set("SingleSelectOptions", Value.listOf(value));
    }

    /** Sets {@code SingleSelectOptions} to this value; see {@link #singleSelectOptions(List)}. */
    public Field singleSelectOptions(Value<List<String>> value) {
      return set("SingleSelectOptions", value);
    }

    /**
     * Indicates the type of field. Following are the valid field types: <code>NAME</code>
     * <code>DESCRIPTION</code> | <code>SCHEDULED_TIME</code> | <code>QUICK_CONNECT</code> |
     * <code>URL</code> | <code>NUMBER</code> | <code>TEXT</code> | <code>TEXT_AREA</code> |
     * <code>DATE_TIME</code> | <code>BOOLEAN</code> | <code>SINGLE_SELECT</code> |
     * <code>EMAIL</code>
     *
     * <p>Required. Allowed values: {@code NAME}, {@code DESCRIPTION}, {@code SCHEDULED_TIME},
     * {@code QUICK_CONNECT}, {@code URL}, {@code NUMBER}, {@code TEXT}, {@code TEXT_AREA}, {@code
     * DATE_TIME}, {@code BOOLEAN}, {@code SINGLE_SELECT}, {@code EMAIL}, {@code EXPIRY_DURATION},
     * {@code SELF_ASSIGN}. CloudFormation property {@code Type}.
     */
    public Field type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Field type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The identifier of the task template field.
   *
   * <p>Property type {@code AWS::Connect::TaskTemplate.FieldIdentifier}.
   */
  public static final class FieldIdentifier extends Struct<FieldIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TaskTemplate.FieldIdentifier")
        .required("Name")
        .constrain("Name", Constraint.of().minLength(1).maxLength(100))
        .build();

    public FieldIdentifier() {
      super(SCHEMA);
    }

    /**
     * The name of the task template field.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code Name}.
     */
    public FieldIdentifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FieldIdentifier name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A field that is invisible to an agent.
   *
   * <p>Property type {@code AWS::Connect::TaskTemplate.InvisibleFieldInfo}.
   */
  public static final class InvisibleFieldInfo extends Struct<InvisibleFieldInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TaskTemplate.InvisibleFieldInfo")
        .required("Id")
        .build();

    public InvisibleFieldInfo() {
      super(SCHEMA);
    }

    /**
     * Identifier of the invisible field.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public InvisibleFieldInfo id(Value<FieldIdentifier> value) {
      return set("Id", value);
    }
  }

  /**
   * Indicates a field that is read-only to an agent.
   *
   * <p>Property type {@code AWS::Connect::TaskTemplate.ReadOnlyFieldInfo}.
   */
  public static final class ReadOnlyFieldInfo extends Struct<ReadOnlyFieldInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TaskTemplate.ReadOnlyFieldInfo")
        .required("Id")
        .build();

    public ReadOnlyFieldInfo() {
      super(SCHEMA);
    }

    /**
     * Identifier of the read-only field.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public ReadOnlyFieldInfo id(Value<FieldIdentifier> value) {
      return set("Id", value);
    }
  }

  /**
   * Information about a required field.
   *
   * <p>Property type {@code AWS::Connect::TaskTemplate.RequiredFieldInfo}.
   */
  public static final class RequiredFieldInfo extends Struct<RequiredFieldInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::TaskTemplate.RequiredFieldInfo")
        .required("Id")
        .build();

    public RequiredFieldInfo() {
      super(SCHEMA);
    }

    /**
     * The unique identifier for the field.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public RequiredFieldInfo id(Value<FieldIdentifier> value) {
      return set("Id", value);
    }
  }
}
