// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wellarchitected;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::WellArchitected::Profile Resource Type
 *
 * <p>CloudFormation type {@code AWS::WellArchitected::Profile}.
 */
public final class Profile extends Resource<Profile> {
  private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::Profile")
      .required("ProfileDescription", "ProfileName", "ProfileQuestions")
      .constrain("ProfileDescription", Constraint.of().minLength(3).maxLength(100))
      .constrain("ProfileName", Constraint.of().minLength(3).maxLength(100))
      .refYields("ProfileArn")
      .attributes("CreatedAt", "Owner", "ProfileArn", "ProfileVersion", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Profile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The profile description.
   *
   * <p>Required. Length: 3 to 100 characters. CloudFormation property {@code ProfileDescription}.
   */
  public Profile profileDescription(String value) {
    return set("ProfileDescription", Value.of(value));
  }

  /** Sets {@code ProfileDescription} to this value; see {@link #profileDescription(String)}. */
  public Profile profileDescription(Value<String> value) {
    return set("ProfileDescription", value);
  }

  /**
   * The name of the profile.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 100 characters. CloudFormation
   * property {@code ProfileName}.
   */
  public Profile profileName(String value) {
    return set("ProfileName", Value.of(value));
  }

  /** Sets {@code ProfileName} to this value; see {@link #profileName(String)}. */
  public Profile profileName(Value<String> value) {
    return set("ProfileName", value);
  }

  /**
   * The profile questions.
   *
   * <p>Required. CloudFormation property {@code ProfileQuestions}.
   */
  public Profile profileQuestions(List<ProfileQuestionUpdate> value) {
    return set("ProfileQuestions", Value.listOf(value));
  }

  /** Sets {@code ProfileQuestions} to this value; see {@link #profileQuestions(List)}. */
  public Profile profileQuestions(Value<List<ProfileQuestionUpdate>> value) {
    return set("ProfileQuestions", value);
  }

  /** Sets {@code ProfileQuestions} to a list of these; see {@link #profileQuestions(List)}. */
  public Profile profileQuestions(ProfileQuestionUpdate... values) {
    return set("ProfileQuestions", Value.list(values));
  }

  /**
   * The tags assigned to the profile.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Profile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Profile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Profile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The date and time the profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The owner of the profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Owner}.
   */
  public Value<String> owner() {
    return getAtt("Owner");
  }

  /**
   * The profile ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileArn}.
   */
  public Value<String> profileArn() {
    return getAtt("ProfileArn");
  }

  /**
   * The profile version.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileVersion}.
   */
  public Value<String> profileVersion() {
    return getAtt("ProfileVersion");
  }

  /**
   * The date and time the profile was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * An update to a profile question.
   *
   * <p>Property type {@code AWS::WellArchitected::Profile.ProfileQuestionUpdate}.
   */
  public static final class ProfileQuestionUpdate extends Struct<ProfileQuestionUpdate> {
    private static final Schema SCHEMA = Schema.builder("AWS::WellArchitected::Profile.ProfileQuestionUpdate")
        .constrain("QuestionId", Constraint.of().minLength(1).maxLength(128))
        .constrain("SelectedChoiceIds", Constraint.of().minLength(1).maxLength(64))
        .build();

    public ProfileQuestionUpdate() {
      super(SCHEMA);
    }

    /**
     * The ID of the question.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code QuestionId}.
     */
    public ProfileQuestionUpdate questionId(String value) {
      return set("QuestionId", Value.of(value));
    }

    /** Sets {@code QuestionId} to this value; see {@link #questionId(String)}. */
    public ProfileQuestionUpdate questionId(Value<String> value) {
      return set("QuestionId", value);
    }

    /**
     * The selected choices.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code SelectedChoiceIds}.
     */
    public ProfileQuestionUpdate selectedChoiceIds(List<String> value) {
      return set("SelectedChoiceIds", Value.listOf(value));
    }

    /** Sets {@code SelectedChoiceIds} to this value; see {@link #selectedChoiceIds(List)}. */
    public ProfileQuestionUpdate selectedChoiceIds(Value<List<String>> value) {
      return set("SelectedChoiceIds", value);
    }
  }
}
