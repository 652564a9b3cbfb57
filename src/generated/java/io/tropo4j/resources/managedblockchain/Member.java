// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.managedblockchain;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a member within a Managed Blockchain network.
 *
 * <p>Applies only to Hyperledger Fabric.
 *
 * <p>CloudFormation type {@code AWS::ManagedBlockchain::Member}.
 */
public final class Member extends Resource<Member> {
  private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Member")
      .required("MemberConfiguration")
      .refYields("MemberId")
      .attributes("MemberId", "NetworkId")
      .build();

  public Member(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the invitation to join the network sent to the account that creates
   * the member.
   *
   * <p>CloudFormation property {@code InvitationId}.
   */
  public Member invitationId(String value) {
    return set("InvitationId", Value.of(value));
  }

  /** Sets {@code InvitationId} to this value; see {@link #invitationId(String)}. */
  public Member invitationId(Value<String> value) {
    return set("InvitationId", value);
  }

  /**
   * Configuration properties of the member.
   *
   * <p>Required. CloudFormation property {@code MemberConfiguration}.
   */
  public Member memberConfiguration(Value<MemberConfiguration> value) {
    return set("MemberConfiguration", value);
  }

  /**
   * Configuration properties of the network to which the member belongs.
   *
   * <p>CloudFormation property {@code NetworkConfiguration}.
   */
  public Member networkConfiguration(Value<NetworkConfiguration> value) {
    return set("NetworkConfiguration", value);
  }

  /**
   * The unique identifier of the network to which the member belongs.
   *
   * <p>CloudFormation property {@code NetworkId}.
   */
  public Member networkId(String value) {
    return set("NetworkId", Value.of(value));
  }

  /** Sets {@code NetworkId} to this value; see {@link #networkId(String)}. */
  public Member networkId(Value<String> value) {
    return set("NetworkId", value);
  }

  /**
   * The unique identifier of the member.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MemberId}.
   */
  public Value<String> memberId() {
    return getAtt("MemberId");
  }

  /**
   * The unique identifier of the network to which the member belongs.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NetworkId}.
   */
  public Value<String> networkId() {
    return getAtt("NetworkId");
  }

  /**
   * A policy type that defines the voting rules for the network. The rules decide if a proposal is
   * approved. Approval may be based on criteria such as the percentage of <code>YES</code> votes
   * and the duration of the proposal. The policy applies to all proposals and is specified when the
   * network is created.
   *
   * <p>Applies only to Hyperledger Fabric.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.ApprovalThresholdPolicy}.
   */
  public static final class ApprovalThresholdPolicy extends Struct<ApprovalThresholdPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::ManagedBlockchain::Member.ApprovalThresholdPolicy");

    public ApprovalThresholdPolicy() {
      super(SCHEMA);
    }

    /**
     * The duration from the time that a proposal is created until it expires. If members cast
     * neither the required number of <code>YES</code> votes to approve the proposal nor the number
     * of <code>NO</code> votes required to reject it before the duration expires, the proposal is
     * <code>EXPIRED</code> and <code>ProposalActions</code> aren't carried out.
     *
     * <p>CloudFormation property {@code ProposalDurationInHours}.
     */
    public ApprovalThresholdPolicy proposalDurationInHours(int value) {
      return set("ProposalDurationInHours", Value.of(value));
    }

    /**
     * Sets {@code ProposalDurationInHours} to this value; see {@link
     * #proposalDurationInHours(int)}.
     */
    public ApprovalThresholdPolicy proposalDurationInHours(Value<Integer> value) {
      return set("ProposalDurationInHours", value);
    }

    /**
     * Determines whether the vote percentage must be greater than the
     * <code>ThresholdPercentage</code> or must be greater than or equal to the
     * <code>ThresholdPercentage</code> to be approved.
     *
     * <p>CloudFormation property {@code ThresholdComparator}.
     */
    public ApprovalThresholdPolicy thresholdComparator(String value) {
      return set("ThresholdComparator", Value.of(value));
    }

    /** Sets {@code ThresholdComparator} to this value; see {@link #thresholdComparator(String)}. */
    public ApprovalThresholdPolicy thresholdComparator(Value<String> value) {
      return set("ThresholdComparator", value);
    }

    /**
     * The percentage of votes among all members that must be <code>YES</code> for a proposal to be
     * approved. For example, a <code>ThresholdPercentage</code> value of <code>50</code> indicates
     * 50%. The <code>ThresholdComparator</code> determines the precise comparison. If a
     * <code>ThresholdPercentage</code> value of <code>50</code> is specified on a network with 10
     * members, along with a <code>ThresholdComparator</code> value of <code>GREATER_THAN</code> ,
     * this indicates that 6 <code>YES</code> votes are required for the proposal to be approved.
     *
     * <p>CloudFormation property {@code ThresholdPercentage}.
     */
    public ApprovalThresholdPolicy thresholdPercentage(int value) {
      return set("ThresholdPercentage", Value.of(value));
    }

    /** Sets {@code ThresholdPercentage} to this value; see {@link #thresholdPercentage(int)}. */
    public ApprovalThresholdPolicy thresholdPercentage(Value<Integer> value) {
      return set("ThresholdPercentage", value);
    }
  }

  /**
   * Configuration properties of the member.
   *
   * <p>Applies only to Hyperledger Fabric.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.MemberConfiguration}.
   */
  public static final class MemberConfiguration extends Struct<MemberConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Member.MemberConfiguration")
        .required("Name")
        .build();

    public MemberConfiguration() {
      super(SCHEMA);
    }

    /**
     * An optional description of the member.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MemberConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MemberConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Configuration properties of the blockchain framework relevant to the member.
     *
     * <p>CloudFormation property {@code MemberFrameworkConfiguration}.
     */
    public MemberConfiguration memberFrameworkConfiguration(Value<MemberFrameworkConfiguration> value) {
      return set("MemberFrameworkConfiguration", value);
    }

    /**
     * The name of the member.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public MemberConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MemberConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Configuration properties for Hyperledger Fabric for a member in a Managed Blockchain network
   * that is using the Hyperledger Fabric framework.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.MemberFabricConfiguration}.
   */
  public static final class MemberFabricConfiguration extends Struct<MemberFabricConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Member.MemberFabricConfiguration")
        .required("AdminPassword", "AdminUsername")
        .build();

    public MemberFabricConfiguration() {
      super(SCHEMA);
    }

    /**
     * The password for the member's initial administrative user. The <code>AdminPassword</code>
     * must be at least 8 characters long and no more than 32 characters. It must contain at least
     * one uppercase letter, one lowercase letter, and one digit. It cannot have a single quotation
     * mark (‘), a double quotation marks (“), a forward slash(/), a backward slash(&#92;), &#64;,
     * or a space.
     *
     * <p>Required. CloudFormation property {@code AdminPassword}.
     */
    public MemberFabricConfiguration adminPassword(String value) {
      return set("AdminPassword", Value.of(value));
    }

    /** Sets {@code AdminPassword} to this value; see {@link #adminPassword(String)}. */
    public MemberFabricConfiguration adminPassword(Value<String> value) {
      return set("AdminPassword", value);
    }

    /**
     * The user name for the member's initial administrative user.
     *
     * <p>Required. CloudFormation property {@code AdminUsername}.
     */
    public MemberFabricConfiguration adminUsername(String value) {
      return set("AdminUsername", Value.of(value));
    }

    /** Sets {@code AdminUsername} to this value; see {@link #adminUsername(String)}. */
    public MemberFabricConfiguration adminUsername(Value<String> value) {
      return set("AdminUsername", value);
    }
  }

  /**
   * Configuration properties relevant to a member for the blockchain framework that the Managed
   * Blockchain network uses.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.MemberFrameworkConfiguration}.
   */
  public static final class MemberFrameworkConfiguration extends Struct<MemberFrameworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ManagedBlockchain::Member.MemberFrameworkConfiguration");

    public MemberFrameworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration properties for Hyperledger Fabric.
     *
     * <p>CloudFormation property {@code MemberFabricConfiguration}.
     */
    public MemberFrameworkConfiguration memberFabricConfiguration(Value<MemberFabricConfiguration> value) {
      return set("MemberFabricConfiguration", value);
    }
  }

  /**
   * Configuration properties of the network to which the member belongs.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Member.NetworkConfiguration")
        .required("Framework", "FrameworkVersion", "Name", "VotingPolicy")
        .build();

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Attributes of the blockchain framework for the network.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public NetworkConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public NetworkConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The blockchain framework that the network uses.
     *
     * <p>Required. CloudFormation property {@code Framework}.
     */
    public NetworkConfiguration framework(String value) {
      return set("Framework", Value.of(value));
    }

    /** Sets {@code Framework} to this value; see {@link #framework(String)}. */
    public NetworkConfiguration framework(Value<String> value) {
      return set("Framework", value);
    }

    /**
     * The version of the blockchain framework that the network uses.
     *
     * <p>Required. CloudFormation property {@code FrameworkVersion}.
     */
    public NetworkConfiguration frameworkVersion(String value) {
      return set("FrameworkVersion", Value.of(value));
    }

    /** Sets {@code FrameworkVersion} to this value; see {@link #frameworkVersion(String)}. */
    public NetworkConfiguration frameworkVersion(Value<String> value) {
      return set("FrameworkVersion", value);
    }

    /**
     * The name of the network.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public NetworkConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public NetworkConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Configuration properties relevant to the network for the blockchain framework that the
     * network uses.
     *
     * <p>CloudFormation property {@code NetworkFrameworkConfiguration}.
     */
    public NetworkConfiguration networkFrameworkConfiguration(Value<NetworkFrameworkConfiguration> value) {
      return set("NetworkFrameworkConfiguration", value);
    }

    /**
     * The voting rules that the network uses to decide if a proposal is accepted.
     *
     * <p>Required. CloudFormation property {@code VotingPolicy}.
     */
    public NetworkConfiguration votingPolicy(Value<VotingPolicy> value) {
      return set("VotingPolicy", value);
    }
  }

  /**
   * Hyperledger Fabric configuration properties for the network.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.NetworkFabricConfiguration}.
   */
  public static final class NetworkFabricConfiguration extends Struct<NetworkFabricConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ManagedBlockchain::Member.NetworkFabricConfiguration")
        .required("Edition")
        .build();

    public NetworkFabricConfiguration() {
      super(SCHEMA);
    }

    /**
     * The edition of Amazon Managed Blockchain that the network uses. Valid values are
     * <code>standard</code> and <code>starter</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/managed-blockchain/pricing/">Amazon Managed Blockchain
     * Pricing</a>
     *
     * <p>Required. CloudFormation property {@code Edition}.
     */
    public NetworkFabricConfiguration edition(String value) {
      return set("Edition", Value.of(value));
    }

    /** Sets {@code Edition} to this value; see {@link #edition(String)}. */
    public NetworkFabricConfiguration edition(Value<String> value) {
      return set("Edition", value);
    }
  }

  /**
   * Configuration properties relevant to the network for the blockchain framework that the network
   * uses.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.NetworkFrameworkConfiguration}.
   */
  public static final class NetworkFrameworkConfiguration extends Struct<NetworkFrameworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ManagedBlockchain::Member.NetworkFrameworkConfiguration");

    public NetworkFrameworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration properties for Hyperledger Fabric for a member in a Managed Blockchain network
     * that is using the Hyperledger Fabric framework.
     *
     * <p>CloudFormation property {@code NetworkFabricConfiguration}.
     */
    public NetworkFrameworkConfiguration networkFabricConfiguration(Value<NetworkFabricConfiguration> value) {
      return set("NetworkFabricConfiguration", value);
    }
  }

  /**
   * The voting rules for the network to decide if a proposal is accepted
   *
   * <p>Applies only to Hyperledger Fabric.
   *
   * <p>Property type {@code AWS::ManagedBlockchain::Member.VotingPolicy}.
   */
  public static final class VotingPolicy extends Struct<VotingPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::ManagedBlockchain::Member.VotingPolicy");

    public VotingPolicy() {
      super(SCHEMA);
    }

    /**
     * Defines the rules for the network for voting on proposals, such as the percentage of
     * <code>YES</code> votes required for the proposal to be approved and the duration of the
     * proposal. The policy applies to all proposals and is specified when the network is created.
     *
     * <p>CloudFormation property {@code ApprovalThresholdPolicy}.
     */
    public VotingPolicy approvalThresholdPolicy(Value<ApprovalThresholdPolicy> value) {
      return set("ApprovalThresholdPolicy", value);
    }
  }
}
