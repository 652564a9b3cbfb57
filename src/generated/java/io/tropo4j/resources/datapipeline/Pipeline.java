// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datapipeline;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.InstanceProfile;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.sns.Topic;
import java.util.List;

/**
 * The AWS::DataPipeline::Pipeline resource specifies a data pipeline that you can use to automate
 * the movement and transformation of data.
 *
 * <p>AWS Data Pipeline is no longer available to new customers. Existing customers of AWS Data
 * Pipeline can continue to use the service as normal. <a
 * href="https://docs.aws.amazon.com/big-data/migrate-workloads-from-aws-data-pipeline/">Learn
 * more</a>
 *
 * <p>In each pipeline, you define pipeline objects, such as activities, schedules, data nodes, and
 * resources.
 *
 * <p>The <code>AWS::DataPipeline::Pipeline</code> resource adds tasks, schedules, and preconditions
 * to the specified pipeline. You can use <code>PutPipelineDefinition</code> to populate a new
 * pipeline.
 *
 * <p><code>PutPipelineDefinition</code> also validates the configuration as it adds it to the
 * pipeline. Changes to the pipeline are saved unless one of the following validation errors exist
 * in the pipeline.
 *
 * <ul> <li>An object is missing a name or identifier field. <li>A string or reference field is
 * empty. <li>The number of objects in the pipeline exceeds the allowed maximum number of objects.
 * <li>The pipeline is in a FINISHED state. </ul>
 *
 * <p>Pipeline object definitions are passed to the <a
 * href="https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_PutPipelineDefinition.html">PutPipelineDefinition</a>
 * action and returned by the <a
 * href="https://docs.aws.amazon.com/datapipeline/latest/APIReference/API_GetPipelineDefinition.html">GetPipelineDefinition</a>
 * action.
 *
 * <p>CloudFormation type {@code AWS::DataPipeline::Pipeline}.
 */
public final class Pipeline extends Resource<Pipeline> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataPipeline::Pipeline")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
      .refYields("PipelineId")
      .attributes("Id", "PipelineId")
      .tags("PipelineTags", Schema.TagForm.LIST)
      .build();

  public Pipeline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether to validate and start the pipeline or stop an active pipeline. By default,
   * the value is set to <code>true</code> .
   *
   * <p>CloudFormation property {@code Activate}.
   */
  public Pipeline activate(boolean value) {
    return set("Activate", Value.of(value));
  }

  /** Sets {@code Activate} to this value; see {@link #activate(boolean)}. */
  public Pipeline activate(Value<Boolean> value) {
    return set("Activate", value);
  }

  /**
   * A description of the pipeline.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public Pipeline description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Pipeline description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the pipeline.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
   * property {@code Name}.
   */
  public Pipeline name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Pipeline name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The parameter objects used with the pipeline.
   *
   * <p>CloudFormation property {@code ParameterObjects}.
   */
  public Pipeline parameterObjects(List<ParameterObject> value) {
    return set("ParameterObjects", Value.listOf(value));
  }

  /** Sets {@code ParameterObjects} to this value; see {@link #parameterObjects(List)}. */
  public Pipeline parameterObjects(Value<List<ParameterObject>> value) {
    return set("ParameterObjects", value);
  }

  /** Sets {@code ParameterObjects} to a list of these; see {@link #parameterObjects(List)}. */
  public Pipeline parameterObjects(ParameterObject... values) {
    return set("ParameterObjects", Value.list(values));
  }

  /**
   * The parameter values used with the pipeline.
   *
   * <p>CloudFormation property {@code ParameterValues}.
   */
  public Pipeline parameterValues(List<ParameterValue> value) {
    return set("ParameterValues", Value.listOf(value));
  }

  /** Sets {@code ParameterValues} to this value; see {@link #parameterValues(List)}. */
  public Pipeline parameterValues(Value<List<ParameterValue>> value) {
    return set("ParameterValues", value);
  }

  /** Sets {@code ParameterValues} to a list of these; see {@link #parameterValues(List)}. */
  public Pipeline parameterValues(ParameterValue... values) {
    return set("ParameterValues", Value.list(values));
  }

  /**
   * The objects that define the pipeline. These objects overwrite the existing pipeline definition.
   * Not all objects, fields, and values can be updated. For information about restrictions, see <a
   * href="https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-manage-pipeline-modify-console.html">Editing
   * Your Pipeline</a> in the <em>AWS Data Pipeline Developer Guide</em> .
   *
   * <p>CloudFormation property {@code PipelineObjects}.
   */
  public Pipeline pipelineObjects(List<PipelineObject> value) {
    return set("PipelineObjects", Value.listOf(value));
  }

  /** Sets {@code PipelineObjects} to this value; see {@link #pipelineObjects(List)}. */
  public Pipeline pipelineObjects(Value<List<PipelineObject>> value) {
    return set("PipelineObjects", value);
  }

  /** Sets {@code PipelineObjects} to a list of these; see {@link #pipelineObjects(List)}. */
  public Pipeline pipelineObjects(PipelineObject... values) {
    return set("PipelineObjects", Value.list(values));
  }

  /**
   * A list of arbitrary tags (key-value pairs) to associate with the pipeline, which you can use to
   * control permissions. For more information, see <a
   * href="https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-control-access.html">Controlling
   * Access to Pipelines and Resources</a> in the <em>AWS Data Pipeline Developer Guide</em> .
   *
   * <p>CloudFormation property {@code PipelineTags}.
   */
  public Pipeline pipelineTags(List<PipelineTag> value) {
    return set("PipelineTags", Value.listOf(value));
  }

  /** Sets {@code PipelineTags} to this value; see {@link #pipelineTags(List)}. */
  public Pipeline pipelineTags(Value<List<PipelineTag>> value) {
    return set("PipelineTags", value);
  }

  /** Sets {@code PipelineTags} to a list of these; see {@link #pipelineTags(List)}. */
  public Pipeline pipelineTags(PipelineTag... values) {
    return set("PipelineTags", Value.list(values));
  }

  /**
   * Sets {@code PipelineTags} to the tags, as a list of Key and Value; see {@link
   * #pipelineTags(List)}.
   */
  public Pipeline pipelineTags(Tags tags) {
    return set("PipelineTags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ID of the pipeline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PipelineId}.
   */
  public Value<String> pipelineId() {
    return getAtt("PipelineId");
  }

  /**
   * A key-value pair that describes a property of a <code>PipelineObject</code> . The value is
   * specified as either a string value ( <code>StringValue</code> ) or a reference to another
   * object ( <code>RefValue</code> ) but not as both. To view fields for a data pipeline object,
   * see <a
   * href="https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-pipeline-objects.html">Pipeline
   * Object Reference</a> in the <em>AWS Data Pipeline Developer Guide</em> .
   *
   * <p>Property type {@code AWS::DataPipeline::Pipeline.Field}.
   */
  public static final class Field extends Struct<Field> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataPipeline::Pipeline.Field")
        .required("Key")
        .constrain("Key", Constraint.of().minLength(1).maxLength(256))
        .constrain("RefValue", Constraint.of().minLength(1).maxLength(256))
        .constrain("StringValue", Constraint.of().minLength(0).maxLength(10240))
        .references("StringValue", "AWS::SNS::Topic.Ref", "AWS::IAM::Role.Ref",
            "AWS::IAM::InstanceProfile.Ref")
        .build();

    public Field() {
      super(SCHEMA);
    }

    /**
     * Specifies the name of a field for a particular object. To view valid values for a particular
     * field, see <a
     * href="https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-pipeline-objects.html">Pipeline
     * Object Reference</a> in the <em>AWS Data Pipeline Developer Guide</em> .
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Key}.
     */
    public Field key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Field key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * A field value that you specify as an identifier of another object in the same pipeline
     * definition.
     *
     * <p>You can specify the field value as either a string value ( <code>StringValue</code> ) or a
     * reference to another object ( <code>RefValue</code> ), but not both.
     *
     * <p>Required if the key that you are using requires it.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code RefValue}.
     */
    public Field refValue(String value) {
      return set("RefValue", Value.of(value));
    }

    /** Sets {@code RefValue} to this value; see {@link #refValue(String)}. */
    public Field refValue(Value<String> value) {
      return set("RefValue", value);
    }

    /**
     * A field value that you specify as a string. To view valid values for a particular field, see
     * <a
     * href="https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-pipeline-objects.html">Pipeline
     * Object Reference</a> in the <em>AWS Data Pipeline Developer Guide</em> .
     *
     * <p>You can specify the field value as either a string value ( <code>StringValue</code> ) or a
     * reference to another object ( <code>RefValue</code> ), but not both.
     *
     * <p>Required if the key that you are using requires it.
     *
     * <p>Length: 0 to 10240 characters. CloudFormation property {@code StringValue}.
     */
    public Field stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public Field stringValue(Value<String> value) {
      return set("StringValue", value);
    }

    /**
     * Sets {@code StringValue} to the Ref of {@code AWS::SNS::Topic}; see {@link
     * #stringValue(String)}.
     */
    public Field stringValue(Topic resource) {
      return set("StringValue", resource.ref());
    }

    /**
     * Sets {@code StringValue} to the Ref of {@code AWS::IAM::Role}; see {@link
     * #stringValue(String)}.
     */
    public Field stringValue(Role resource) {
      return set("StringValue", resource.ref());
    }

    /**
     * Sets {@code StringValue} to the Ref of {@code AWS::IAM::InstanceProfile}; see {@link
     * #stringValue(String)}.
     */
    public Field stringValue(InstanceProfile resource) {
      return set("StringValue", resource.ref());
    }
  }

  /**
   * <code>Attribute</code> is a property of <code>ParameterObject</code> that defines the
   * attributes of a parameter object as key-value pairs.
   *
   * <p>Property type {@code AWS::DataPipeline::Pipeline.ParameterAttribute}.
   */
  public static final class ParameterAttribute extends Struct<ParameterAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataPipeline::Pipeline.ParameterAttribute")
        .required("Key", "StringValue")
        .constrain("Key", Constraint.of().minLength(1).maxLength(256))
        .constrain("StringValue", Constraint.of().minLength(0).maxLength(10240))
        .build();

    public ParameterAttribute() {
      super(SCHEMA);
    }

    /**
     * The field identifier.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Key}.
     */
    public ParameterAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ParameterAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The field value, expressed as a String.
     *
     * <p>Required. Length: 0 to 10240 characters. CloudFormation property {@code StringValue}.
     */
    public ParameterAttribute stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public ParameterAttribute stringValue(Value<String> value) {
      return set("StringValue", value);
    }
  }

  /**
   * Contains information about a parameter object.
   *
   * <p>Property type {@code AWS::DataPipeline::Pipeline.ParameterObject}.
   */
  public static final class ParameterObject extends Struct<ParameterObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataPipeline::Pipeline.ParameterObject")
        .required("Attributes", "Id")
        .constrain("Id", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ParameterObject() {
      super(SCHEMA);
    }

    /**
     * The attributes of the parameter object.
     *
     * <p>Required. CloudFormation property {@code Attributes}.
     */
    public ParameterObject attributes(List<ParameterAttribute> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public ParameterObject attributes(Value<List<ParameterAttribute>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public ParameterObject attributes(ParameterAttribute... values) {
      return set("Attributes", Value.list(values));
    }

    /**
     * The ID of the parameter object.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Id}.
     */
    public ParameterObject id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ParameterObject id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * A value or list of parameter values.
   *
   * <p>Property type {@code AWS::DataPipeline::Pipeline.ParameterValue}.
   */
  public static final class ParameterValue extends Struct<ParameterValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataPipeline::Pipeline.ParameterValue")
        .required("Id", "StringValue")
        .constrain("Id", Constraint.of().minLength(1).maxLength(256))
        .constrain("StringValue", Constraint.of().minLength(0).maxLength(10240))
        .references("StringValue", "AWS::EC2::Subnet.Ref")
        .build();

    public ParameterValue() {
      super(SCHEMA);
    }

    /**
     * The ID of the parameter value.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Id}.
     */
    public ParameterValue id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ParameterValue id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The field value, expressed as a String.
     *
     * <p>Required. Length: 0 to 10240 characters. CloudFormation property {@code StringValue}.
     */
    public ParameterValue stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public ParameterValue stringValue(Value<String> value) {
      return set("StringValue", value);
    }

    /**
     * Sets {@code StringValue} to the Ref of {@code AWS::EC2::Subnet}; see {@link
     * #stringValue(String)}.
     */
    public ParameterValue stringValue(Subnet resource) {
      return set("StringValue", resource.ref());
    }
  }

  /**
   * PipelineObject is property of the AWS::DataPipeline::Pipeline resource that contains
   * information about a pipeline object. This can be a logical, physical, or physical attempt
   * pipeline object. The complete set of components of a pipeline defines the pipeline.
   *
   * <p>Property type {@code AWS::DataPipeline::Pipeline.PipelineObject}.
   */
  public static final class PipelineObject extends Struct<PipelineObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataPipeline::Pipeline.PipelineObject")
        .required("Fields", "Id", "Name")
        .constrain("Id", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Name", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public PipelineObject() {
      super(SCHEMA);
    }

    /**
     * Key-value pairs that define the properties of the object.
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
    public PipelineObject fields(List<Field> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public PipelineObject fields(Value<List<Field>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public PipelineObject fields(Field... values) {
      return set("Fields", Value.list(values));
    }

    /**
     * The ID of the object.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Id}.
     */
    public PipelineObject id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public PipelineObject id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The name of the object.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Name}.
     */
    public PipelineObject name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PipelineObject name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A list of arbitrary tags (key-value pairs) to associate with the pipeline, which you can use to
   * control permissions. For more information, see <a
   * href="https://docs.aws.amazon.com/datapipeline/latest/DeveloperGuide/dp-control-access.html">Controlling
   * Access to Pipelines and Resources</a> in the <em>AWS Data Pipeline Developer Guide</em> .
   *
   * <p>Property type {@code AWS::DataPipeline::Pipeline.PipelineTag}.
   */
  public static final class PipelineTag extends Struct<PipelineTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataPipeline::Pipeline.PipelineTag")
        .required("Key", "Value")
        .build();

    public PipelineTag() {
      super(SCHEMA);
    }

    /**
     * The key name of a tag.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public PipelineTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public PipelineTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value to associate with the key name.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public PipelineTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PipelineTag value(Value<String> value) {
      return set("Value", value);
    }
  }
}
