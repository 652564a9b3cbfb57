// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mpa;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new approval team. For more information, see <a
 * href="https://docs.aws.amazon.com/mpa/latest/userguide/mpa-concepts.html">Approval team</a> in
 * the <em>Multi-party approval User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::MPA::ApprovalTeam}.
 */
public final class ApprovalTeam extends Resource<ApprovalTeam> {
  private static final Schema SCHEMA = Schema.builder("AWS::MPA::ApprovalTeam")
      .required("ApprovalStrategy", "Approvers", "Description", "Name", "Policies")
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9._-]+$").maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "LastUpdateTime", "NumberOfApprovers", "Status",
          "StatusCode", "StatusMessage", "UpdateSessionArn", "VersionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ApprovalTeam(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains details for how an approval team grants approval.
   *
   * <p>Required. CloudFormation property {@code ApprovalStrategy}.
   */
  public ApprovalTeam approvalStrategy(Value<ApprovalStrategy> value) {
    return set("ApprovalStrategy", value);
  }

  /**
   * Contains details for an approver.
   *
   * <p>Required. CloudFormation property {@code Approvers}.
   */
  public ApprovalTeam approvers(List<Approver> value) {
    return set("Approvers", Value.listOf(value));
  }

  /** Sets {@code Approvers} to this value; see {@link #approvers(List)}. */
  public ApprovalTeam approvers(Value<List<Approver>> value) {
    return set("Approvers", value);
  }

  /** Sets {@code Approvers} to a list of these; see {@link #approvers(List)}. */
  public ApprovalTeam approvers(Approver... values) {
    return set("Approvers", Value.list(values));
  }

  /**
   * Description for the team.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Description}.
   */
  public ApprovalTeam description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ApprovalTeam description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Name of the team.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9._-]+$}. CloudFormation property {@code Name}.
   */
  public ApprovalTeam name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ApprovalTeam name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Contains details for a policy. Policies define what operations a team that define the
   * permissions for team resources.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Policies}.
   */
  public ApprovalTeam policies(List<Policy> value) {
    return set("Policies", Value.listOf(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(List)}. */
  public ApprovalTeam policies(Value<List<Policy>> value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to a list of these; see {@link #policies(List)}. */
  public ApprovalTeam policies(Policy... values) {
    return set("Policies", Value.list(values));
  }

  /**
   * Tags that you have added to the specified resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ApprovalTeam tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ApprovalTeam tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ApprovalTeam tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Amazon Resource Name (ARN) for the team.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Timestamp when the team was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Timestamp when the team was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdateTime}.
   */
  public Value<String> lastUpdateTime() {
    return getAtt("LastUpdateTime");
  }

  /**
   * Total number of approvers in the team.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NumberOfApprovers}.
   */
  public Value<Integer> numberOfApprovers() {
    return getAtt("NumberOfApprovers");
  }

  /**
   * Status for the team. For more information, see <a
   * href="https://docs.aws.amazon.com/mpa/latest/userguide/mpa-health.html">Team health</a> in the
   * <em>Multi-party approval User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Status code for the team. For more information, see <a
   * href="https://docs.aws.amazon.com/mpa/latest/userguide/mpa-health.html">Team health</a> in the
   * <em>Multi-party approval User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusCode}.
   */
  public Value<String> statusCode() {
    return getAtt("StatusCode");
  }

  /**
   * Message describing the status for the team.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * Timestamp when the team was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateSessionArn}.
   */
  public Value<String> updateSessionArn() {
    return getAtt("UpdateSessionArn");
  }

  /**
   * Version ID for the team.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionId}.
   */
  public Value<String> versionId() {
    return getAtt("VersionId");
  }

  /**
   * Strategy for how an approval team grants approval.
   *
   * <p>Property type {@code AWS::MPA::ApprovalTeam.ApprovalStrategy}.
   */
  public static final class ApprovalStrategy extends Struct<ApprovalStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::MPA::ApprovalTeam.ApprovalStrategy")
        .required("MofN")
        .build();

    public ApprovalStrategy() {
      super(SCHEMA);
    }

    /**
     * Minimum number of approvals (M) required for a total number of approvers (N).
     *
     * <p>Required. CloudFormation property {@code MofN}.
     */
    public ApprovalStrategy mofN(Value<MofNApprovalStrategy> value) {
      return set("MofN", value);
    }
  }

  /**
   * Contains details for an approver.
   *
   * <p>Property type {@code AWS::MPA::ApprovalTeam.Approver}.
   */
  public static final class Approver extends Struct<Approver> {
    private static final Schema SCHEMA = Schema.builder("AWS::MPA::ApprovalTeam.Approver")
        .required("PrimaryIdentityId", "PrimaryIdentitySourceArn")
        .constrain("PrimaryIdentityId", Constraint.of().minLength(1).maxLength(100))
        .constrain("PrimaryIdentitySourceArn", Constraint.of().maxLength(1000))
        .constrain("ResponseTime", Constraint.of().format("date-time"))
        .build();

    public Approver() {
      super(SCHEMA);
    }

    /**
     * ID for the approver.
     *
     * <p>CloudFormation property {@code ApproverId}.
     */
    public Approver approverId(String value) {
      return set("ApproverId", Value.of(value));
    }

    /** Sets {@code ApproverId} to this value; see {@link #approverId(String)}. */
    public Approver approverId(Value<String> value) {
      return set("ApproverId", value);
    }

    /**
     * ID for the user.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code PrimaryIdentityId}.
     */
    public Approver primaryIdentityId(String value) {
      return set("PrimaryIdentityId", Value.of(value));
    }

    /** Sets {@code PrimaryIdentityId} to this value; see {@link #primaryIdentityId(String)}. */
    public Approver primaryIdentityId(Value<String> value) {
      return set("PrimaryIdentityId", value);
    }

    /**
     * Amazon Resource Name (ARN) for the identity source. The identity source manages the user
     * authentication for approvers.
     *
     * <p>Required. Length: at most 1000 characters. CloudFormation property {@code
     * PrimaryIdentitySourceArn}.
     */
    public Approver primaryIdentitySourceArn(String value) {
      return set("PrimaryIdentitySourceArn", Value.of(value));
    }

    /**
     * Sets {@code PrimaryIdentitySourceArn} to this value; see {@link
     * #primaryIdentitySourceArn(String)}.
     */
    public Approver primaryIdentitySourceArn(Value<String> value) {
      return set("PrimaryIdentitySourceArn", value);
    }

    /**
     * Status for the identity source. For example, if an approver has accepted a team invitation
     * with a user authentication method managed by the identity source.
     *
     * <p>CloudFormation property {@code PrimaryIdentityStatus}.
     */
    public Approver primaryIdentityStatus(String value) {
      return set("PrimaryIdentityStatus", Value.of(value));
    }

    /**
     * Sets {@code PrimaryIdentityStatus} to this value; see {@link #primaryIdentityStatus(String)}.
     */
    public Approver primaryIdentityStatus(Value<String> value) {
      return set("PrimaryIdentityStatus", value);
    }

    /**
     * Timestamp when the approver responded to an approval team invitation.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code ResponseTime}.
     */
    public Approver responseTime(String value) {
      return set("ResponseTime", Value.of(value));
    }

    /** Sets {@code ResponseTime} to this value; see {@link #responseTime(String)}. */
    public Approver responseTime(Value<String> value) {
      return set("ResponseTime", value);
    }
  }

  /**
   * Strategy for how an approval team grants approval.
   *
   * <p>Property type {@code AWS::MPA::ApprovalTeam.MofNApprovalStrategy}.
   */
  public static final class MofNApprovalStrategy extends Struct<MofNApprovalStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::MPA::ApprovalTeam.MofNApprovalStrategy")
        .required("MinApprovalsRequired")
        .build();

    public MofNApprovalStrategy() {
      super(SCHEMA);
    }

    /**
     * Minimum number of approvals (M) required for a total number of approvers (N).
     *
     * <p>Required. CloudFormation property {@code MinApprovalsRequired}.
     */
    public MofNApprovalStrategy minApprovalsRequired(int value) {
      return set("MinApprovalsRequired", Value.of(value));
    }

    /** Sets {@code MinApprovalsRequired} to this value; see {@link #minApprovalsRequired(int)}. */
    public MofNApprovalStrategy minApprovalsRequired(Value<Integer> value) {
      return set("MinApprovalsRequired", value);
    }
  }

  /**
   * Contains details for a policy. Policies define what operations a team that define the
   * permissions for team resources.
   *
   * <p>Property type {@code AWS::MPA::ApprovalTeam.Policy}.
   */
  public static final class Policy extends Struct<Policy> {
    private static final Schema SCHEMA = Schema.builder("AWS::MPA::ApprovalTeam.Policy")
        .required("PolicyArn")
        .constrain("PolicyArn", Constraint.of().pattern("^arn:.{1,63}:mpa:::aws:policy/[a-zA-Z0-9_\\.-]{1,1023}/[a-zA-Z0-9_\\.-]{1,1023}/(?:[\\d]+|\\$DEFAULT)$").maxLength(1224))
        .build();

    public Policy() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. Length: at most 1224 characters. Pattern: {@code
     * ^arn:.{1,63}:mpa:::aws:policy/[a-zA-Z0-9_&#92;.-]{1,1023}/[a-zA-Z0-9_&#92;.-]{1,1023}/(?:[&#92;d]+|&#92;$DEFAULT)$}.
     * CloudFormation property {@code PolicyArn}.
     */
    public Policy policyArn(String value) {
      return set("PolicyArn", Value.of(value));
    }

    /** Sets {@code PolicyArn} to this value; see {@link #policyArn(String)}. */
    public Policy policyArn(Value<String> value) {
      return set("PolicyArn", value);
    }
  }
}
