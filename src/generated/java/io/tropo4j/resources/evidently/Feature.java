// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.evidently;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates an Evidently <em>feature</em> that you want to launch or test. You can define
 * up to five variations of a feature, and use these variations in your launches and experiments. A
 * feature must be created in a project. For information about creating a project, see <a
 * href="https://docs.aws.amazon.com/cloudwatchevidently/latest/APIReference/API_CreateProject.html">CreateProject</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Evidently::Feature}.
 */
public final class Feature extends Resource<Feature> {
  private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Feature")
      .required("Name", "Project", "Variations")
      .constrain("DefaultVariation", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
      .constrain("Description", Constraint.of().minLength(0).maxLength(160))
      .allowed("EvaluationStrategy", "ALL_RULES", "DEFAULT_VARIATION")
      .constrain("Name", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
      .constrain("Project", Constraint.of().pattern("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)").minLength(0).maxLength(2048))
      .references("Project", "AWS::Evidently::Project.Ref")
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Feature(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the variation to use as the default variation. The default variation is served to
   * users who are not allocated to any ongoing launches or experiments of this feature.
   *
   * <p>This variation must also be listed in the <code>Variations</code> structure.
   *
   * <p>If you omit <code>DefaultVariation</code> , the first variation listed in the
   * <code>Variations</code> structure is used as the default variation.
   *
   * <p>Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation property
   * {@code DefaultVariation}.
   */
  public Feature defaultVariation(String value) {
    return set("DefaultVariation", Value.of(value));
  }

  /** Sets {@code DefaultVariation} to this value; see {@link #defaultVariation(String)}. */
  public Feature defaultVariation(Value<String> value) {
    return set("DefaultVariation", value);
  }

  /**
   * An optional description of the feature.
   *
   * <p>Length: 0 to 160 characters. CloudFormation property {@code Description}.
   */
  public Feature description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Feature description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specify users that should always be served a specific variation of a feature. Each user is
   * specified by a key-value pair . For each key, specify a user by entering their user ID, account
   * ID, or some other identifier. For the value, specify the name of the variation that they are to
   * be served.
   *
   * <p>CloudFormation property {@code EntityOverrides}.
   */
  public Feature entityOverrides(List<EntityOverride> value) {
    return set("EntityOverrides", Value.listOf(value));
  }

  /** Sets {@code EntityOverrides} to this value; see {@link #entityOverrides(List)}. */
  public Feature entityOverrides(Value<List<EntityOverride>> value) {
    return set("EntityOverrides", value);
  }

  /** Sets {@code EntityOverrides} to a list of these; see {@link #entityOverrides(List)}. */
  public Feature entityOverrides(EntityOverride... values) {
    return set("EntityOverrides", Value.list(values));
  }

  /**
   * Specify <code>ALL_RULES</code> to activate the traffic allocation specified by any ongoing
   * launches or experiments. Specify <code>DEFAULT_VARIATION</code> to serve the default variation
   * to all users instead.
   *
   * <p>Allowed values: {@code ALL_RULES}, {@code DEFAULT_VARIATION}. CloudFormation property {@code
   * EvaluationStrategy}.
   */
  public Feature evaluationStrategy(String value) {
    return set("EvaluationStrategy", Value.of(value));
  }

  /** Sets {@code EvaluationStrategy} to this value; see {@link #evaluationStrategy(String)}. */
  public Feature evaluationStrategy(Value<String> value) {
    return set("EvaluationStrategy", value);
  }

  /**
   * The name for the feature. It can include up to 127 characters.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code
   * [-a-zA-Z0-9._]*}. CloudFormation property {@code Name}.
   */
  public Feature name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Feature name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The name or ARN of the project that is to contain the new feature.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)}. CloudFormation
   * property {@code Project}.
   */
  public Feature project(String value) {
    return set("Project", Value.of(value));
  }

  /** Sets {@code Project} to this value; see {@link #project(String)}. */
  public Feature project(Value<String> value) {
    return set("Project", value);
  }

  /**
   * Sets {@code Project} to the Ref of {@code AWS::Evidently::Project}; see {@link
   * #project(String)}.
   */
  public Feature project(Project resource) {
    return set("Project", resource.ref());
  }

  /**
   * Assigns one or more tags (key-value pairs) to the feature.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>Tags don't have any semantic meaning to AWS and are interpreted strictly as strings of
   * characters.
   *
   * <p>You can associate as many as 50 tags with a feature.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Feature tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Feature tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Feature tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An array of structures that contain the configuration of the feature's different variations.
   *
   * <p>Each <code>VariationObject</code> in the <code>Variations</code> array for a feature must
   * have the same type of value ( <code>BooleanValue</code> , <code>DoubleValue</code> ,
   * <code>LongValue</code> or <code>StringValue</code> ).
   *
   * <p>Required. CloudFormation property {@code Variations}.
   */
  public Feature variations(List<VariationObject> value) {
    return set("Variations", Value.listOf(value));
  }

  /** Sets {@code Variations} to this value; see {@link #variations(List)}. */
  public Feature variations(Value<List<VariationObject>> value) {
    return set("Variations", value);
  }

  /** Sets {@code Variations} to a list of these; see {@link #variations(List)}. */
  public Feature variations(VariationObject... values) {
    return set("Variations", Value.list(values));
  }

  /**
   * The ARN of the feature. For example,
   * <code>arn:aws:evidently:us-west-2:0123455678912:project/myProject/feature/myFeature</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A set of key-value pairs that specify users who should always be served a specific variation of
   * a feature. Each key specifies a user using their user ID, account ID, or some other identifier.
   * The value specifies the name of the variation that the user is to be served.
   *
   * <p>Property type {@code AWS::Evidently::Feature.EntityOverride}.
   */
  public static final class EntityOverride extends Struct<EntityOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Feature.EntityOverride")
        .constrain("Variation", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
        .build();

    public EntityOverride() {
      super(SCHEMA);
    }

    /**
     * The entity ID to be served the variation specified in <code>Variation</code> .
     *
     * <p>CloudFormation property {@code EntityId}.
     */
    public EntityOverride entityId(String value) {
      return set("EntityId", Value.of(value));
    }

    /** Sets {@code EntityId} to this value; see {@link #entityId(String)}. */
    public EntityOverride entityId(Value<String> value) {
      return set("EntityId", value);
    }

    /**
     * The name of the variation to serve to the user session that matches the <code>EntityId</code>
     * .
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation property
     * {@code Variation}.
     */
    public EntityOverride variation(String value) {
      return set("Variation", Value.of(value));
    }

    /** Sets {@code Variation} to this value; see {@link #variation(String)}. */
    public EntityOverride variation(Value<String> value) {
      return set("Variation", value);
    }
  }

  /**
   * This structure contains the name and variation value of one variation of a feature. It can
   * contain only one of the following parameters: <code>BooleanValue</code> ,
   * <code>DoubleValue</code> , <code>LongValue</code> or <code>StringValue</code> .
   *
   * <p>Property type {@code AWS::Evidently::Feature.VariationObject}.
   */
  public static final class VariationObject extends Struct<VariationObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Feature.VariationObject")
        .required("VariationName")
        .constrain("StringValue", Constraint.of().minLength(0).maxLength(512))
        .constrain("VariationName", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
        .build();

    public VariationObject() {
      super(SCHEMA);
    }

    /**
     * The value assigned to this variation, if the variation type is boolean.
     *
     * <p>CloudFormation property {@code BooleanValue}.
     */
    public VariationObject booleanValue(boolean value) {
      return set("BooleanValue", Value.of(value));
    }

    /** Sets {@code BooleanValue} to this value; see {@link #booleanValue(boolean)}. */
    public VariationObject booleanValue(Value<Boolean> value) {
      return set("BooleanValue", value);
    }

    /**
     * The value assigned to this variation, if the variation type is a double.
     *
     * <p>CloudFormation property {@code DoubleValue}.
     */
    public VariationObject doubleValue(double value) {
      return set("DoubleValue", Value.of(value));
    }

    /** Sets {@code DoubleValue} to this value; see {@link #doubleValue(double)}. */
    public VariationObject doubleValue(Value<Double> value) {
      return set("DoubleValue", value);
    }

    /**
     * The value assigned to this variation, if the variation type is a long.
     *
     * <p>CloudFormation property {@code LongValue}.
     */
    public VariationObject longValue(double value) {
      return set("LongValue", Value.of(value));
    }

    /** Sets {@code LongValue} to this value; see {@link #longValue(double)}. */
    public VariationObject longValue(Value<Double> value) {
      return set("LongValue", value);
    }

    /**
     * The value assigned to this variation, if the variation type is a string.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code StringValue}.
     */
    public VariationObject stringValue(String value) {
      return set("StringValue", Value.of(value));
    }

    /** Sets {@code StringValue} to this value; see {@link #stringValue(String)}. */
    public VariationObject stringValue(Value<String> value) {
      return set("StringValue", value);
    }

    /**
     * A name for the variation. It can include up to 127 characters.
     *
     * <p>Required. Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation
     * property {@code VariationName}.
     */
    public VariationObject variationName(String value) {
      return set("VariationName", Value.of(value));
    }

    /** Sets {@code VariationName} to this value; see {@link #variationName(String)}. */
    public VariationObject variationName(Value<String> value) {
      return set("VariationName", value);
    }
  }
}
