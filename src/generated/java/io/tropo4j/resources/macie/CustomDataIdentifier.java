// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.macie;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Macie::CustomDataIdentifier</code> resource specifies a custom data identifier. A
 * <em>custom data identifier</em> is a set of custom criteria for Amazon Macie to use when it
 * inspects data sources for sensitive data. The criteria consist of a regular expression (
 * <em>regex</em> ) that defines a text pattern to match and, optionally, character sequences and a
 * proximity rule that refine the results. The character sequences can be:
 *
 * <ul> <li><em>Keywords</em> , which are words or phrases that must be in proximity of text that
 * matches the regex, or <li><em>Ignore words</em> , which are words or phrases to exclude from the
 * results. </ul>
 *
 * <p>By using custom data identifiers, you can supplement the managed data identifiers that Macie
 * provides and detect sensitive data that reflects your particular scenarios, intellectual
 * property, or proprietary data. For more information, see <a
 * href="https://docs.aws.amazon.com/macie/latest/user/custom-data-identifiers.html">Building custom
 * data identifiers</a> in the <em>Amazon Macie User Guide</em> .
 *
 * <p>An <code>AWS::Macie::Session</code> resource must exist for an AWS account before you can
 * create an <code>AWS::Macie::CustomDataIdentifier</code> resource for the account. Use a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * attribute</a> to ensure that an <code>AWS::Macie::Session</code> resource is created before other
 * Macie resources are created for an account. For example, <code>"DependsOn": "Session"</code> .
 *
 * <p>CloudFormation type {@code AWS::Macie::CustomDataIdentifier}.
 */
public final class CustomDataIdentifier extends Resource<CustomDataIdentifier> {
  private static final Schema SCHEMA = Schema.builder("AWS::Macie::CustomDataIdentifier")
      .required("Name", "Regex")
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomDataIdentifier(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A custom description of the custom data identifier. The description can contain 1-512
   * characters.
   *
   * <p>Avoid including sensitive data in the description. Users of the account might be able to see
   * the description, depending on the actions that they're allowed to perform in Amazon Macie .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public CustomDataIdentifier description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CustomDataIdentifier description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An array of character sequences ( <em>ignore words</em> ) to exclude from the results. If text
   * matches the regular expression ( <code>Regex</code> ) but it contains a string in this array,
   * Amazon Macie ignores the text and doesn't include it in the results.
   *
   * <p>The array can contain 1-10 ignore words. Each ignore word can contain 4-90 UTF-8 characters.
   * Ignore words are case sensitive.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IgnoreWords}.
   */
  public CustomDataIdentifier ignoreWords(List<String> value) {
    return set("IgnoreWords", Value.listOf(value));
  }

  /** Sets {@code IgnoreWords} to this value; see {@link #ignoreWords(List)}. */
  public CustomDataIdentifier ignoreWords(Value<List<String>> value) {
    return set("IgnoreWords", value);
  }

  /**
   * An array of character sequences ( <em>keywords</em> ), one of which must precede and be in
   * proximity ( <code>MaximumMatchDistance</code> ) of the regular expression ( <code>Regex</code>
   * ) to match.
   *
   * <p>The array can contain 1-50 keywords. Each keyword can contain 3-90 UTF-8 characters.
   * Keywords aren't case sensitive.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Keywords}.
   */
  public CustomDataIdentifier keywords(List<String> value) {
    return set("Keywords", Value.listOf(value));
  }

  /** Sets {@code Keywords} to this value; see {@link #keywords(List)}. */
  public CustomDataIdentifier keywords(Value<List<String>> value) {
    return set("Keywords", value);
  }

  /**
   * The maximum number of characters that can exist between the end of at least one complete
   * character sequence specified by the <code>Keywords</code> array and the end of text that
   * matches the regular expression ( <code>Regex</code> ). If a complete keyword precedes all the
   * text that matches the regular expression and the keyword is within the specified distance,
   * Amazon Macie includes the result.
   *
   * <p>The distance can be 1-300 characters. The default value is 50.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MaximumMatchDistance}.
   */
  public CustomDataIdentifier maximumMatchDistance(int value) {
    return set("MaximumMatchDistance", Value.of(value));
  }

  /** Sets {@code MaximumMatchDistance} to this value; see {@link #maximumMatchDistance(int)}. */
  public CustomDataIdentifier maximumMatchDistance(Value<Integer> value) {
    return set("MaximumMatchDistance", value);
  }

  /**
   * A custom name for the custom data identifier. The name can contain 1-128 characters.
   *
   * <p>Avoid including sensitive data in the name of a custom data identifier. Users of the account
   * might be able to see the name, depending on the actions that they're allowed to perform in
   * Amazon Macie .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public CustomDataIdentifier name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CustomDataIdentifier name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The regular expression ( <em>regex</em> ) that defines the text pattern to match. The
   * expression can contain 1-512 characters.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Regex}.
   */
  public CustomDataIdentifier regex(String value) {
    return set("Regex", Value.of(value));
  }

  /** Sets {@code Regex} to this value; see {@link #regex(String)}. */
  public CustomDataIdentifier regex(Value<String> value) {
    return set("Regex", value);
  }

  /**
   * An array of key-value pairs to apply to the custom data identifier.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * tag</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomDataIdentifier tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomDataIdentifier tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomDataIdentifier tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the custom data identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier for the custom data identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
