// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a parameter group.
 *
 * <p>CloudFormation type {@code AWS::Redshift::ClusterParameterGroup}.
 */
public final class ClusterParameterGroup extends Resource<ClusterParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ClusterParameterGroup")
      .required("Description", "ParameterGroupFamily")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ParameterGroupFamily", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ParameterGroupName", Constraint.of().minLength(0).maxLength(255))
      .refYields("ParameterGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ClusterParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the parameter group.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code Description}.
   */
  public ClusterParameterGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClusterParameterGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the cluster parameter group family that this cluster parameter group is compatible
   * with. You can create a custom parameter group and then associate your cluster with it. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-parameter-groups.html">Amazon
   * Redshift parameter groups</a> .
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code ParameterGroupFamily}.
   */
  public ClusterParameterGroup parameterGroupFamily(String value) {
    return set("ParameterGroupFamily", Value.of(value));
  }

  /** Sets {@code ParameterGroupFamily} to this value; see {@link #parameterGroupFamily(String)}. */
  public ClusterParameterGroup parameterGroupFamily(Value<String> value) {
    return set("ParameterGroupFamily", value);
  }

  /**
   * The name of the cluster parameter group.
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. CloudFormation property
   * {@code ParameterGroupName}.
   */
  public ClusterParameterGroup parameterGroupName(String value) {
    return set("ParameterGroupName", Value.of(value));
  }

  /** Sets {@code ParameterGroupName} to this value; see {@link #parameterGroupName(String)}. */
  public ClusterParameterGroup parameterGroupName(Value<String> value) {
    return set("ParameterGroupName", value);
  }

  /**
   * An array of parameters to be modified. A maximum of 20 parameters can be modified in a single
   * request.
   *
   * <p>For each parameter to be modified, you must supply at least the parameter name and parameter
   * value; other name-value pairs of the parameter are optional.
   *
   * <p>For the workload management (WLM) configuration, you must supply all the name-value pairs in
   * the wlm_json_configuration parameter.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public ClusterParameterGroup parameters(List<Parameter> value) {
    return set("Parameters", Value.listOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
  public ClusterParameterGroup parameters(Value<List<Parameter>> value) {
    return set("Parameters", value);
  }

  /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
  public ClusterParameterGroup parameters(Parameter... values) {
    return set("Parameters", Value.list(values));
  }

  /**
   * The list of tags for the cluster parameter group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ClusterParameterGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ClusterParameterGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ClusterParameterGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Describes a parameter in a cluster parameter group.
   *
   * <p>Property type {@code AWS::Redshift::ClusterParameterGroup.Parameter}.
   */
  public static final class Parameter extends Struct<Parameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Redshift::ClusterParameterGroup.Parameter")
        .required("ParameterName", "ParameterValue")
        .build();

    public Parameter() {
      super(SCHEMA);
    }

    /**
     * The name of the parameter.
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public Parameter parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public Parameter parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * The value of the parameter. If <code>ParameterName</code> is
     * <code>wlm_json_configuration</code> , then the maximum size of <code>ParameterValue</code> is
     * 8000 characters.
     *
     * <p>Required. CloudFormation property {@code ParameterValue}.
     */
    public Parameter parameterValue(String value) {
      return set("ParameterValue", Value.of(value));
    }

    /** Sets {@code ParameterValue} to this value; see {@link #parameterValue(String)}. */
    public Parameter parameterValue(Value<String> value) {
      return set("ParameterValue", value);
    }
  }
}
