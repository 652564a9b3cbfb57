// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.budgets;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Budgets::BudgetsAction</code> resource enables you to take predefined actions that
 * are initiated when a budget threshold has been exceeded. For more information, see <a
 * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/budgets-managing-costs.html">Managing
 * Your Costs with Budgets</a> in the <em>Billing and Cost Management User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Budgets::BudgetsAction}.
 */
public final class BudgetsAction extends Resource<BudgetsAction> {
  private static final Schema SCHEMA = Schema.builder("AWS::Budgets::BudgetsAction")
      .required("ActionThreshold", "ActionType", "BudgetName", "Definition", "ExecutionRoleArn",
          "NotificationType", "Subscribers")
      .allowed("ActionType", "APPLY_IAM_POLICY", "APPLY_SCP_POLICY", "RUN_SSM_DOCUMENTS")
      .allowed("ApprovalModel", "AUTOMATIC", "MANUAL")
      .constrain("BudgetName", Constraint.of().pattern("^(?![^:\\\\]*/action/|(?i).*<script>.*</script>.*)[^:\\\\]+$").minLength(1).maxLength(100))
      .constrain("ExecutionRoleArn", Constraint.of().pattern("^arn:aws(-eusc|-cn|-us-gov|-iso|-iso-[a-z]{1})?:iam::\\d{12}:role(\\u002F[\\u0021-\\u007F]+\\u002F|\\u002F)[\\w+=,.@-]+$").minLength(32).maxLength(618).format("AWS::IAM::Role.Arn"))
      .allowed("NotificationType", "ACTUAL", "FORECASTED")
      .attributes("ActionId")
      .tags("ResourceTags", Schema.TagForm.LIST)
      .build();

  public BudgetsAction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The trigger threshold of the action.
   *
   * <p>Required. CloudFormation property {@code ActionThreshold}.
   */
  public BudgetsAction actionThreshold(Value<ActionThreshold> value) {
    return set("ActionThreshold", value);
  }

  /**
   * The type of action. This defines the type of tasks that can be carried out by this action. This
   * field also determines the format for definition.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code APPLY_IAM_POLICY},
   * {@code APPLY_SCP_POLICY}, {@code RUN_SSM_DOCUMENTS}. CloudFormation property {@code
   * ActionType}.
   */
  public BudgetsAction actionType(String value) {
    return set("ActionType", Value.of(value));
  }

  /** Sets {@code ActionType} to this value; see {@link #actionType(String)}. */
  public BudgetsAction actionType(Value<String> value) {
    return set("ActionType", value);
  }

  /**
   * This specifies if the action needs manual or automatic approval.
   *
   * <p>Allowed values: {@code AUTOMATIC}, {@code MANUAL}. CloudFormation property {@code
   * ApprovalModel}.
   */
  public BudgetsAction approvalModel(String value) {
    return set("ApprovalModel", Value.of(value));
  }

  /** Sets {@code ApprovalModel} to this value; see {@link #approvalModel(String)}. */
  public BudgetsAction approvalModel(Value<String> value) {
    return set("ApprovalModel", value);
  }

  /**
   * A string that represents the budget name. ":" and "&#92;" characters aren't allowed.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^(?![^:&#92;&#92;]*&#47;action/|(?i).*&lt;script&gt;.*&lt;/script&gt;.*)[^:&#92;&#92;]+$}.
   * CloudFormation property {@code BudgetName}.
   */
  public BudgetsAction budgetName(String value) {
    return set("BudgetName", Value.of(value));
  }

  /** Sets {@code BudgetName} to this value; see {@link #budgetName(String)}. */
  public BudgetsAction budgetName(Value<String> value) {
    return set("BudgetName", value);
  }

  /**
   * Specifies all of the type-specific parameters.
   *
   * <p>Required. CloudFormation property {@code Definition}.
   */
  public BudgetsAction definition(Value<Definition> value) {
    return set("Definition", value);
  }

  /**
   * The role passed for action execution and reversion. Roles and actions must be in the same
   * account.
   *
   * <p>Required. Length: 32 to 618 characters. Pattern: {@code
   * ^arn:aws(-eusc|-cn|-us-gov|-iso|-iso-[a-z]{1})?:iam::&#92;d{12}:role(&#92;u002F[&#92;u0021-&#92;u007F]+&#92;u002F|&#92;u002F)[&#92;w+=,.&#64;-]+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ExecutionRoleArn}.
   */
  public BudgetsAction executionRoleArn(String value) {
    return set("ExecutionRoleArn", Value.of(value));
  }

  /** Sets {@code ExecutionRoleArn} to this value; see {@link #executionRoleArn(String)}. */
  public BudgetsAction executionRoleArn(Value<String> value) {
    return set("ExecutionRoleArn", value);
  }

  /**
   * The type of a notification.
   *
   * <p>Required. Allowed values: {@code ACTUAL}, {@code FORECASTED}. CloudFormation property {@code
   * NotificationType}.
   */
  public BudgetsAction notificationType(String value) {
    return set("NotificationType", Value.of(value));
  }

  /** Sets {@code NotificationType} to this value; see {@link #notificationType(String)}. */
  public BudgetsAction notificationType(Value<String> value) {
    return set("NotificationType", value);
  }

  /**
   * An optional list of tags to associate with the specified budget action. Each tag consists of a
   * key and a value, and each key must be unique for the resource.
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public BudgetsAction resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public BudgetsAction resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public BudgetsAction resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /**
   * Sets {@code ResourceTags} to the tags, as a list of Key and Value; see {@link
   * #resourceTags(List)}.
   */
  public BudgetsAction resourceTags(Tags tags) {
    return set("ResourceTags", tags);
  }

  /**
   * A list of subscribers.
   *
   * <p>Required. CloudFormation property {@code Subscribers}.
   */
  public BudgetsAction subscribers(List<Subscriber> value) {
    return set("Subscribers", Value.listOf(value));
  }

  /** Sets {@code Subscribers} to this value; see {@link #subscribers(List)}. */
  public BudgetsAction subscribers(Value<List<Subscriber>> value) {
    return set("Subscribers", value);
  }

  /** Sets {@code Subscribers} to a list of these; see {@link #subscribers(List)}. */
  public BudgetsAction subscribers(Subscriber... values) {
    return set("Subscribers", Value.list(values));
  }

  /**
   * A system-generated universally unique identifier (UUID) for the action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ActionId}.
   */
  public Value<String> actionId() {
    return getAtt("ActionId");
  }

  /**
   * The trigger threshold of the action.
   *
   * <p>Property type {@code AWS::Budgets::BudgetsAction.ActionThreshold}.
   */
  public static final class ActionThreshold extends Struct<ActionThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::BudgetsAction.ActionThreshold")
        .required("Type", "Value")
        .allowed("Type", "PERCENTAGE", "ABSOLUTE_VALUE")
        .build();

    public ActionThreshold() {
      super(SCHEMA);
    }

    /**
     * The type of threshold for a notification.
     *
     * <p>Required. Allowed values: {@code PERCENTAGE}, {@code ABSOLUTE_VALUE}. CloudFormation
     * property {@code Type}.
     */
    public ActionThreshold type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ActionThreshold type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * The threshold of a notification.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public ActionThreshold value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public ActionThreshold value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * The definition is where you specify all of the type-specific parameters.
   *
   * <p>Property type {@code AWS::Budgets::BudgetsAction.Definition}.
   */
  public static final class Definition extends Struct<Definition> {
    private static final Schema SCHEMA = Schema.of("AWS::Budgets::BudgetsAction.Definition");

    public Definition() {
      super(SCHEMA);
    }

    /**
     * The AWS Identity and Access Management ( IAM ) action definition details.
     *
     * <p>CloudFormation property {@code IamActionDefinition}.
     */
    public Definition iamActionDefinition(Value<IamActionDefinition> value) {
      return set("IamActionDefinition", value);
    }

    /**
     * The service control policies (SCP) action definition details.
     *
     * <p>CloudFormation property {@code ScpActionDefinition}.
     */
    public Definition scpActionDefinition(Value<ScpActionDefinition> value) {
      return set("ScpActionDefinition", value);
    }

    /**
     * The Amazon EC2 Systems Manager ( SSM ) action definition details.
     *
     * <p>CloudFormation property {@code SsmActionDefinition}.
     */
    public Definition ssmActionDefinition(Value<SsmActionDefinition> value) {
      return set("SsmActionDefinition", value);
    }
  }

  /**
   * The AWS Identity and Access Management ( IAM ) action definition details.
   *
   * <p>Property type {@code AWS::Budgets::BudgetsAction.IamActionDefinition}.
   */
  public static final class IamActionDefinition extends Struct<IamActionDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::BudgetsAction.IamActionDefinition")
        .required("PolicyArn")
        .constrain("Groups", Constraint.of().pattern("^([\\u0021-\\u007F]+\\u002F)?[\\w+=,.@-]+$").minLength(1).maxLength(640))
        .constrain("PolicyArn", Constraint.of().pattern("^arn:aws(-eusc|-cn|-us-gov|-iso|-iso-[a-z]{1})?:iam::(\\d{12}|aws):policy(\\u002F[\\u0021-\\u007F]+\\u002F|\\u002F)[\\w+=,.@-]+$").minLength(25).maxLength(684))
        .constrain("Roles", Constraint.of().pattern("^([\\u0021-\\u007F]+\\u002F)?[\\w+=,.@-]+$").minLength(1).maxLength(576))
        .constrain("Users", Constraint.of().pattern("^([\\u0021-\\u007F]+\\u002F)?[\\w+=,.@-]+$").minLength(1).maxLength(576))
        .build();

    public IamActionDefinition() {
      super(SCHEMA);
    }

    /**
     * A list of groups to be attached. There must be at least one group.
     *
     * <p>Length: 1 to 640 characters. Pattern: {@code
     * ^([&#92;u0021-&#92;u007F]+&#92;u002F)?[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code
     * Groups}.
     */
    public IamActionDefinition groups(List<String> value) {
      return set("Groups", Value.listOf(value));
    }

    /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
    public IamActionDefinition groups(Value<List<String>> value) {
      return set("Groups", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the policy to be attached.
     *
     * <p>Required. Length: 25 to 684 characters. Pattern: {@code
     * ^arn:aws(-eusc|-cn|-us-gov|-iso|-iso-[a-z]{1})?:iam::(&#92;d{12}|aws):policy(&#92;u002F[&#92;u0021-&#92;u007F]+&#92;u002F|&#92;u002F)[&#92;w+=,.&#64;-]+$}.
     * CloudFormation property {@code PolicyArn}.
     */
    public IamActionDefinition policyArn(String value) {
      return set("PolicyArn", Value.of(value));
    }

    /** Sets {@code PolicyArn} to this value; see {@link #policyArn(String)}. */
    public IamActionDefinition policyArn(Value<String> value) {
      return set("PolicyArn", value);
    }

    /**
     * A list of roles to be attached. There must be at least one role.
     *
     * <p>Length: 1 to 576 characters. Pattern: {@code
     * ^([&#92;u0021-&#92;u007F]+&#92;u002F)?[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code
     * Roles}.
     */
    public IamActionDefinition roles(List<String> value) {
      return set("Roles", Value.listOf(value));
    }

    /** Sets {@code Roles} to this value; see {@link #roles(List)}. */
    public IamActionDefinition roles(Value<List<String>> value) {
      return set("Roles", value);
    }

    /**
     * A list of users to be attached. There must be at least one user.
     *
     * <p>Length: 1 to 576 characters. Pattern: {@code
     * ^([&#92;u0021-&#92;u007F]+&#92;u002F)?[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code
     * Users}.
     */
    public IamActionDefinition users(List<String> value) {
      return set("Users", Value.listOf(value));
    }

    /** Sets {@code Users} to this value; see {@link #users(List)}. */
    public IamActionDefinition users(Value<List<String>> value) {
      return set("Users", value);
    }
  }

  /**
   * The tag structure that contains a tag key and value.
   *
   * <p>Property type {@code AWS::Budgets::BudgetsAction.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::BudgetsAction.ResourceTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The key that's associated with the tag.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value that's associated with the tag.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The service control policies (SCP) action definition details.
   *
   * <p>Property type {@code AWS::Budgets::BudgetsAction.ScpActionDefinition}.
   */
  public static final class ScpActionDefinition extends Struct<ScpActionDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::BudgetsAction.ScpActionDefinition")
        .required("PolicyId", "TargetIds")
        .constrain("PolicyId", Constraint.of().pattern("^p-[0-9a-zA-Z_]{8,128}$").minLength(10).maxLength(130))
        .constrain("TargetIds", Constraint.of().pattern("^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$)|(\\d{12})$").minLength(12).maxLength(68))
        .build();

    public ScpActionDefinition() {
      super(SCHEMA);
    }

    /**
     * The policy ID attached.
     *
     * <p>Required. Length: 10 to 130 characters. Pattern: {@code ^p-[0-9a-zA-Z_]{8,128}$}.
     * CloudFormation property {@code PolicyId}.
     */
    public ScpActionDefinition policyId(String value) {
      return set("PolicyId", Value.of(value));
    }

    /** Sets {@code PolicyId} to this value; see {@link #policyId(String)}. */
    public ScpActionDefinition policyId(Value<String> value) {
      return set("PolicyId", value);
    }

    /**
     * A list of target IDs.
     *
     * <p>Required. Length: 12 to 68 characters. Pattern: {@code
     * ^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$)|(&#92;d{12})$}. CloudFormation property {@code
     * TargetIds}.
     */
    public ScpActionDefinition targetIds(List<String> value) {
      return set("TargetIds", Value.listOf(value));
    }

    /** Sets {@code TargetIds} to this value; see {@link #targetIds(List)}. */
    public ScpActionDefinition targetIds(Value<List<String>> value) {
      return set("TargetIds", value);
    }
  }

  /**
   * The Amazon EC2 Systems Manager ( SSM ) action definition details.
   *
   * <p>Property type {@code AWS::Budgets::BudgetsAction.SsmActionDefinition}.
   */
  public static final class SsmActionDefinition extends Struct<SsmActionDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::BudgetsAction.SsmActionDefinition")
        .required("InstanceIds", "Region", "Subtype")
        .constrain("InstanceIds", Constraint.of().pattern("^i-(\\w{8}|\\w{17})$|^[a-zA-Z]([\\w-]{0,61}\\w)?$").minLength(1).maxLength(63))
        .constrain("Region", Constraint.of().pattern("^\\w{2,4}-\\w+(-\\w+)?-\\d$").minLength(9).maxLength(20))
        .allowed("Subtype", "STOP_EC2_INSTANCES", "STOP_RDS_INSTANCES")
        .build();

    public SsmActionDefinition() {
      super(SCHEMA);
    }

    /**
     * The EC2 and RDS instance IDs.
     *
     * <p>Required. Length: 1 to 63 characters. Pattern: {@code
     * ^i-(&#92;w{8}|&#92;w{17})$|^[a-zA-Z]([&#92;w-]{0,61}&#92;w)?$}. CloudFormation property
     * {@code InstanceIds}.
     */
    public SsmActionDefinition instanceIds(List<String> value) {
      return set("InstanceIds", Value.listOf(value));
    }

    /** Sets {@code InstanceIds} to this value; see {@link #instanceIds(List)}. */
    public SsmActionDefinition instanceIds(Value<List<String>> value) {
      return set("InstanceIds", value);
    }

    /**
     * The Region to run the ( SSM ) document.
     *
     * <p>Required. Length: 9 to 20 characters. Pattern: {@code
     * ^&#92;w{2,4}-&#92;w+(-&#92;w+)?-&#92;d$}. CloudFormation property {@code Region}.
     */
    public SsmActionDefinition region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public SsmActionDefinition region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The action subType.
     *
     * <p>Required. Allowed values: {@code STOP_EC2_INSTANCES}, {@code STOP_RDS_INSTANCES}.
     * CloudFormation property {@code Subtype}.
     */
    public SsmActionDefinition subtype(String value) {
      return set("Subtype", Value.of(value));
    }

    /** Sets {@code Subtype} to this value; see {@link #subtype(String)}. */
    public SsmActionDefinition subtype(Value<String> value) {
      return set("Subtype", value);
    }
  }

  /**
   * The subscriber to a budget notification. The subscriber consists of a subscription type and
   * either an Amazon SNS topic or an email address.
   *
   * <p>For example, an email subscriber has the following parameters:
   *
   * <ul> <li>A <code>subscriptionType</code> of <code>EMAIL</code> <li>An <code>address</code> of
   * <code>example&#64;example.com</code> </ul>
   *
   * <p>Property type {@code AWS::Budgets::BudgetsAction.Subscriber}.
   */
  public static final class Subscriber extends Struct<Subscriber> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::BudgetsAction.Subscriber")
        .required("Address", "Type")
        .constrain("Address", Constraint.of().pattern("^(.*[\\n\\r\\t\\f\\ ]?)*$").minLength(1).maxLength(2147483647))
        .allowed("Type", "SNS", "EMAIL")
        .build();

    public Subscriber() {
      super(SCHEMA);
    }

    /**
     * The address that AWS sends budget notifications to, either an SNS topic or an email.
     *
     * <p>When you create a subscriber, the value of <code>Address</code> can't contain line breaks.
     *
     * <p>Required. Length: 1 to 2147483647 characters. Pattern: {@code
     * ^(.*[&#92;n&#92;r&#92;t&#92;f&#92; ]?)*$}. CloudFormation property {@code Address}.
     */
    public Subscriber address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Subscriber address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The type of notification that AWS sends to a subscriber.
     *
     * <p>Required. Allowed values: {@code SNS}, {@code EMAIL}. CloudFormation property {@code
     * Type}.
     */
    public Subscriber type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Subscriber type(Value<String> value) {
      return set("Type", value);
    }
  }
}
