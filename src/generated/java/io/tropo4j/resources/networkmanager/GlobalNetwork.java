// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new, empty global network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::GlobalNetwork}.
 */
public final class GlobalNetwork extends Resource<GlobalNetwork> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::GlobalNetwork")
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GlobalNetwork(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The date and time that the global network was created.
   *
   * <p>CloudFormation property {@code CreatedAt}.
   */
  public GlobalNetwork createdAt(String value) {
    return set("CreatedAt", Value.of(value));
  }

  /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
  public GlobalNetwork createdAt(Value<String> value) {
    return set("CreatedAt", value);
  }

  /**
   * A description of the global network.
   *
   * <p>Constraints: Maximum length of 256 characters.
   *
   * <p>Length: 0 to 256 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public GlobalNetwork description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public GlobalNetwork description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The state of the global network.
   *
   * <p>CloudFormation property {@code State}.
   */
  public GlobalNetwork state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public GlobalNetwork state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The tags for the global network.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GlobalNetwork tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GlobalNetwork tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GlobalNetwork tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the global network. For example,
   * <code>arn:aws:networkmanager::123456789012:global-network/global-network-01231231231231231</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the global network. For example, <code>global-network-01231231231231231</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
