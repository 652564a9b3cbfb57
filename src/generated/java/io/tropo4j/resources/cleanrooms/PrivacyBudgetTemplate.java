// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An object that defines the privacy budget template.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::PrivacyBudgetTemplate}.
 */
public final class PrivacyBudgetTemplate extends Resource<PrivacyBudgetTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::PrivacyBudgetTemplate")
      .required("AutoRefresh", "MembershipIdentifier", "Parameters", "PrivacyBudgetType")
      .allowed("AutoRefresh", "CALENDAR_MONTH", "NONE")
      .constrain("MembershipIdentifier", Constraint.of().pattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").minLength(36).maxLength(36))
      .allowed("PrivacyBudgetType", "DIFFERENTIAL_PRIVACY", "ACCESS_BUDGET")
      .attributes("Arn", "CollaborationArn", "CollaborationIdentifier", "MembershipArn",
          "PrivacyBudgetTemplateIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PrivacyBudgetTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * How often the privacy budget refreshes.
   *
   * <p>If you plan to regularly bring new data into the collaboration, use
   * <code>CALENDAR_MONTH</code> to automatically get a new privacy budget for the collaboration
   * every calendar month. Choosing this option allows arbitrary amounts of information to be
   * revealed about rows of the data when repeatedly queried across refreshes. Avoid choosing this
   * if the same rows will be repeatedly queried between privacy budget refreshes.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CALENDAR_MONTH}, {@code
   * NONE}. CloudFormation property {@code AutoRefresh}.
   */
  public PrivacyBudgetTemplate autoRefresh(String value) {
    return set("AutoRefresh", Value.of(value));
  }

  /** Sets {@code AutoRefresh} to this value; see {@link #autoRefresh(String)}. */
  public PrivacyBudgetTemplate autoRefresh(Value<String> value) {
    return set("AutoRefresh", value);
  }

  /**
   * The identifier for a membership resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}. CloudFormation property {@code
   * MembershipIdentifier}.
   */
  public PrivacyBudgetTemplate membershipIdentifier(String value) {
    return set("MembershipIdentifier", Value.of(value));
  }

  /** Sets {@code MembershipIdentifier} to this value; see {@link #membershipIdentifier(String)}. */
  public PrivacyBudgetTemplate membershipIdentifier(Value<String> value) {
    return set("MembershipIdentifier", value);
  }

  /**
   * Specifies the epsilon and noise parameters for the privacy budget template.
   *
   * <p>Required. CloudFormation property {@code Parameters}.
   */
  public PrivacyBudgetTemplate parameters(Value<Parameters> value) {
    return set("Parameters", value);
  }

  /**
   * Specifies the type of the privacy budget template.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DIFFERENTIAL_PRIVACY},
   * {@code ACCESS_BUDGET}. CloudFormation property {@code PrivacyBudgetType}.
   */
  public PrivacyBudgetTemplate privacyBudgetType(String value) {
    return set("PrivacyBudgetType", Value.of(value));
  }

  /** Sets {@code PrivacyBudgetType} to this value; see {@link #privacyBudgetType(String)}. */
  public PrivacyBudgetTemplate privacyBudgetType(Value<String> value) {
    return set("PrivacyBudgetType", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PrivacyBudgetTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PrivacyBudgetTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PrivacyBudgetTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the privacy budget template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of the collaboration that contains this privacy budget template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationArn}.
   */
  public Value<String> collaborationArn() {
    return getAtt("CollaborationArn");
  }

  /**
   * The unique ID of the collaboration that contains this privacy budget template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CollaborationIdentifier}.
   */
  public Value<String> collaborationIdentifier() {
    return getAtt("CollaborationIdentifier");
  }

  /**
   * The Amazon Resource Name (ARN) of the member who created the privacy budget template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MembershipArn}.
   */
  public Value<String> membershipArn() {
    return getAtt("MembershipArn");
  }

  /**
   * A unique identifier for one of your memberships for a collaboration. The privacy budget
   * template is created in the collaboration that this membership belongs to. Accepts a membership
   * ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivacyBudgetTemplateIdentifier}.
   */
  public Value<String> privacyBudgetTemplateIdentifier() {
    return getAtt("PrivacyBudgetTemplateIdentifier");
  }

  /**
   * Individual budget parameter configuration that defines specific budget allocation settings for
   * access budgets.
   *
   * <p>Property type {@code AWS::CleanRooms::PrivacyBudgetTemplate.BudgetParameter}.
   */
  public static final class BudgetParameter extends Struct<BudgetParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::PrivacyBudgetTemplate.BudgetParameter")
        .required("Budget", "Type")
        .allowed("AutoRefresh", "ENABLED", "DISABLED")
        .constrain("Budget", Constraint.of().minimum(0))
        .allowed("Type", "CALENDAR_DAY", "CALENDAR_MONTH", "CALENDAR_WEEK", "LIFETIME")
        .build();

    public BudgetParameter() {
      super(SCHEMA);
    }

    /**
     * Whether this individual budget parameter automatically refreshes when the budget period
     * resets.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * AutoRefresh}.
     */
    public BudgetParameter autoRefresh(String value) {
      return set("AutoRefresh", Value.of(value));
    }

    /** Sets {@code AutoRefresh} to this value; see {@link #autoRefresh(String)}. */
    public BudgetParameter autoRefresh(Value<String> value) {
      return set("AutoRefresh", value);
    }

    /**
     * The budget allocation amount for this specific parameter.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code Budget}.
     */
    public BudgetParameter budget(int value) {
      return set("Budget", Value.of(value));
    }

    /** Sets {@code Budget} to this value; see {@link #budget(int)}. */
    public BudgetParameter budget(Value<Integer> value) {
      return set("Budget", value);
    }

    /**
     * The type of budget parameter being configured.
     *
     * <p>Required. Allowed values: {@code CALENDAR_DAY}, {@code CALENDAR_MONTH}, {@code
     * CALENDAR_WEEK}, {@code LIFETIME}. CloudFormation property {@code Type}.
     */
    public BudgetParameter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public BudgetParameter type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies the epsilon and noise parameters for the privacy budget template.
   *
   * <p>Property type {@code AWS::CleanRooms::PrivacyBudgetTemplate.Parameters}.
   */
  public static final class Parameters extends Struct<Parameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::PrivacyBudgetTemplate.Parameters")
        .constrain("Epsilon", Constraint.of().minimum(1).maximum(20))
        .constrain("ResourceArn", Constraint.of().maxLength(200))
        .constrain("UsersNoisePerQuery", Constraint.of().minimum(10).maximum(100))
        .build();

    public Parameters() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BudgetParameters}. */
    public Parameters budgetParameters(List<BudgetParameter> value) {
      return set("BudgetParameters", Value.listOf(value));
    }

    /** Sets {@code BudgetParameters} to this value; see {@link #budgetParameters(List)}. */
    public Parameters budgetParameters(Value<List<BudgetParameter>> value) {
      return set("BudgetParameters", value);
    }

    /** Sets {@code BudgetParameters} to a list of these; see {@link #budgetParameters(List)}. */
    public Parameters budgetParameters(BudgetParameter... values) {
      return set("BudgetParameters", Value.list(values));
    }

    /**
     * The epsilon value that you want to use.
     *
     * <p>Range: 1 to 20. CloudFormation property {@code Epsilon}.
     */
    public Parameters epsilon(int value) {
      return set("Epsilon", Value.of(value));
    }

    /** Sets {@code Epsilon} to this value; see {@link #epsilon(int)}. */
    public Parameters epsilon(Value<Integer> value) {
      return set("Epsilon", value);
    }

    /**
     * Changing it replaces the resource. Length: at most 200 characters. CloudFormation property
     * {@code ResourceArn}.
     */
    public Parameters resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public Parameters resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }

    /**
     * Noise added per query is measured in terms of the number of users whose contributions you
     * want to obscure. This value governs the rate at which the privacy budget is depleted.
     *
     * <p>Range: 10 to 100. CloudFormation property {@code UsersNoisePerQuery}.
     */
    public Parameters usersNoisePerQuery(int value) {
      return set("UsersNoisePerQuery", Value.of(value));
    }

    /** Sets {@code UsersNoisePerQuery} to this value; see {@link #usersNoisePerQuery(int)}. */
    public Parameters usersNoisePerQuery(Value<Integer> value) {
      return set("UsersNoisePerQuery", value);
    }
  }
}
