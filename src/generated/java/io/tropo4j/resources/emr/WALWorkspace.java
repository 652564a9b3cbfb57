// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.emr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-emr-walworkspace.html
 *
 * <p>CloudFormation type {@code AWS::EMR::WALWorkspace}.
 */
public final class WALWorkspace extends Resource<WALWorkspace> {
  private static final Schema SCHEMA = Schema.builder("AWS::EMR::WALWorkspace")
      .constrain("WALWorkspaceName", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(32))
      .refYields("WALWorkspaceName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public WALWorkspace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public WALWorkspace tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public WALWorkspace tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public WALWorkspace tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the emrwal container
   *
   * <p>Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^[a-zA-Z0-9]+$}. CloudFormation property {@code WALWorkspaceName}.
   */
  public WALWorkspace walWorkspaceName(String value) {
    return set("WALWorkspaceName", Value.of(value));
  }

  /** Sets {@code WALWorkspaceName} to this value; see {@link #walWorkspaceName(String)}. */
  public WALWorkspace walWorkspaceName(Value<String> value) {
    return set("WALWorkspaceName", value);
  }
}
