// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SSM::PatchBaseline</code> resource defines the basic information for an AWS
 * Systems Manager patch baseline. A patch baseline defines which patches are approved for
 * installation on your instances.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_CreatePatchBaseline.html">CreatePatchBaseline</a>
 * in the <em>AWS Systems Manager API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::SSM::PatchBaseline}.
 */
public final class PatchBaseline extends Resource<PatchBaseline> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSM::PatchBaseline")
      .required("Name")
      .constrain("ApprovedPatches", Constraint.of().minLength(1).maxLength(100))
      .allowed("ApprovedPatchesComplianceLevel", "CRITICAL", "HIGH", "MEDIUM", "LOW",
          "INFORMATIONAL", "UNSPECIFIED")
      .allowed("AvailableSecurityUpdatesComplianceStatus", "NON_COMPLIANT", "COMPLIANT")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{3,128}$").minLength(3).maxLength(128))
      .allowed("OperatingSystem", "WINDOWS", "AMAZON_LINUX", "AMAZON_LINUX_2", "AMAZON_LINUX_2022",
          "AMAZON_LINUX_2023", "UBUNTU", "REDHAT_ENTERPRISE_LINUX", "SUSE", "CENTOS",
          "ORACLE_LINUX", "DEBIAN", "MACOS", "RASPBIAN", "ROCKY_LINUX", "ALMA_LINUX")
      .constrain("PatchGroups", Constraint.of().minLength(1).maxLength(256))
      .constrain("RejectedPatches", Constraint.of().minLength(1).maxLength(100))
      .allowed("RejectedPatchesAction", "ALLOW_AS_DEPENDENCY", "BLOCK")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PatchBaseline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A set of rules used to include patches in the baseline.
   *
   * <p>CloudFormation property {@code ApprovalRules}.
   */
  public PatchBaseline approvalRules(Value<RuleGroup> value) {
    return set("ApprovalRules", value);
  }

  /**
   * A list of explicitly approved patches for the baseline.
   *
   * <p>For information about accepted formats for lists of approved patches and rejected patches,
   * see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-approved-rejected-package-name-formats.html">Package
   * name formats for approved and rejected patch lists</a> in the <em>AWS Systems Manager User
   * Guide</em> .
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code ApprovedPatches}.
   */
  public PatchBaseline approvedPatches(List<String> value) {
    return set("ApprovedPatches", Value.listOf(value));
  }

  /** Sets {@code ApprovedPatches} to this value; see {@link #approvedPatches(List)}. */
  public PatchBaseline approvedPatches(Value<List<String>> value) {
    return set("ApprovedPatches", value);
  }

  /**
   * Defines the compliance level for approved patches. When an approved patch is reported as
   * missing, this value describes the severity of the compliance violation. The default value is
   * <code>UNSPECIFIED</code> .
   *
   * <p>Allowed values: {@code CRITICAL}, {@code HIGH}, {@code MEDIUM}, {@code LOW}, {@code
   * INFORMATIONAL}, {@code UNSPECIFIED}. Default: {@code "UNSPECIFIED"}. CloudFormation property
   * {@code ApprovedPatchesComplianceLevel}.
   */
  public PatchBaseline approvedPatchesComplianceLevel(String value) {
    return set("ApprovedPatchesComplianceLevel", Value.of(value));
  }

  /**
   * Sets {@code ApprovedPatchesComplianceLevel} to this value; see {@link
   * #approvedPatchesComplianceLevel(String)}.
   */
  public PatchBaseline approvedPatchesComplianceLevel(Value<String> value) {
    return set("ApprovedPatchesComplianceLevel", value);
  }

  /**
   * Indicates whether the list of approved patches includes non-security updates that should be
   * applied to the managed nodes. The default value is <code>false</code> . Applies to Linux
   * managed nodes only.
   *
   * <p>Default: {@code false}. CloudFormation property {@code ApprovedPatchesEnableNonSecurity}.
   */
  public PatchBaseline approvedPatchesEnableNonSecurity(boolean value) {
    return set("ApprovedPatchesEnableNonSecurity", Value.of(value));
  }

  /**
   * Sets {@code ApprovedPatchesEnableNonSecurity} to this value; see {@link
   * #approvedPatchesEnableNonSecurity(boolean)}.
   */
  public PatchBaseline approvedPatchesEnableNonSecurity(Value<Boolean> value) {
    return set("ApprovedPatchesEnableNonSecurity", value);
  }

  /**
   * Indicates the status you want to assign to security patches that are available but not approved
   * because they don't meet the installation criteria specified in the patch baseline.
   *
   * <p>Example scenario: Security patches that you might want installed can be skipped if you have
   * specified a long period to wait after a patch is released before installation. If an update to
   * the patch is released during your specified waiting period, the waiting period for installing
   * the patch starts over. If the waiting period is too long, multiple versions of the patch could
   * be released but never installed.
   *
   * <p>Supported for Windows Server managed nodes only.
   *
   * <p>Allowed values: {@code NON_COMPLIANT}, {@code COMPLIANT}. CloudFormation property {@code
   * AvailableSecurityUpdatesComplianceStatus}.
   */
  public PatchBaseline availableSecurityUpdatesComplianceStatus(String value) {
    return set("AvailableSecurityUpdatesComplianceStatus", Value.of(value));
  }

  /**
   * Sets {@code AvailableSecurityUpdatesComplianceStatus} to this value; see {@link
   * #availableSecurityUpdatesComplianceStatus(String)}.
   */
  public PatchBaseline availableSecurityUpdatesComplianceStatus(Value<String> value) {
    return set("AvailableSecurityUpdatesComplianceStatus", value);
  }

  /**
   * Indicates whether this is the default baseline. AWS Systems Manager supports creating multiple
   * default patch baselines. For example, you can create a default patch baseline for each
   * operating system.
   *
   * <p>Default: {@code false}. CloudFormation property {@code DefaultBaseline}.
   */
  public PatchBaseline defaultBaseline(boolean value) {
    return set("DefaultBaseline", Value.of(value));
  }

  /** Sets {@code DefaultBaseline} to this value; see {@link #defaultBaseline(boolean)}. */
  public PatchBaseline defaultBaseline(Value<Boolean> value) {
    return set("DefaultBaseline", value);
  }

  /**
   * A description of the patch baseline.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public PatchBaseline description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PatchBaseline description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A set of global filters used to include patches in the baseline.
   *
   * <p>The <code>GlobalFilters</code> parameter can be configured only by using the AWS CLI or an
   * AWS SDK. It can't be configured from the Patch Manager console, and its value isn't displayed
   * in the console.
   *
   * <p>CloudFormation property {@code GlobalFilters}.
   */
  public PatchBaseline globalFilters(Value<PatchFilterGroup> value) {
    return set("GlobalFilters", value);
  }

  /**
   * The name of the patch baseline.
   *
   * <p>Required. Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{3,128}$}.
   * CloudFormation property {@code Name}.
   */
  public PatchBaseline name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PatchBaseline name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Defines the operating system the patch baseline applies to. The default value is
   * <code>WINDOWS</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code WINDOWS}, {@code AMAZON_LINUX},
   * {@code AMAZON_LINUX_2}, {@code AMAZON_LINUX_2022}, {@code AMAZON_LINUX_2023}, {@code UBUNTU},
   * {@code REDHAT_ENTERPRISE_LINUX}, {@code SUSE}, {@code CENTOS}, {@code ORACLE_LINUX}, {@code
   * DEBIAN}, {@code MACOS}, {@code RASPBIAN}, {@code ROCKY_LINUX}, {@code ALMA_LINUX}. Default:
   * {@code "WINDOWS"}. CloudFormation property {@code OperatingSystem}.
   */
  public PatchBaseline operatingSystem(String value) {
    return set("OperatingSystem", Value.of(value));
  }

  /** Sets {@code OperatingSystem} to this value; see {@link #operatingSystem(String)}. */
  public PatchBaseline operatingSystem(Value<String> value) {
    return set("OperatingSystem", value);
  }

  /**
   * The name of the patch group to be registered with the patch baseline.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code PatchGroups}.
   */
  public PatchBaseline patchGroups(List<String> value) {
    return set("PatchGroups", Value.listOf(value));
  }

  /** Sets {@code PatchGroups} to this value; see {@link #patchGroups(List)}. */
  public PatchBaseline patchGroups(Value<List<String>> value) {
    return set("PatchGroups", value);
  }

  /**
   * A list of explicitly rejected patches for the baseline.
   *
   * <p>For information about accepted formats for lists of approved patches and rejected patches,
   * see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-approved-rejected-package-name-formats.html">Package
   * name formats for approved and rejected patch lists</a> in the <em>AWS Systems Manager User
   * Guide</em> .
   *
   * <p>Length: 1 to 100 characters. CloudFormation property {@code RejectedPatches}.
   */
  public PatchBaseline rejectedPatches(List<String> value) {
    return set("RejectedPatches", Value.listOf(value));
  }

  /** Sets {@code RejectedPatches} to this value; see {@link #rejectedPatches(List)}. */
  public PatchBaseline rejectedPatches(Value<List<String>> value) {
    return set("RejectedPatches", value);
  }

  /**
   * The action for Patch Manager to take on patches included in the <code>RejectedPackages</code>
   * list.
   *
   * <ul> <li><b>ALLOW_AS_DEPENDENCY</b> - <em>Linux and macOS</em> : A package in the rejected
   * patches list is installed only if it is a dependency of another package. It is considered
   * compliant with the patch baseline, and its status is reported as <code>INSTALLED_OTHER</code> .
   * This is the default action if no option is specified. </ul>
   *
   * <p><em>Windows Server</em> : Windows Server doesn't support the concept of package
   * dependencies. If a package in the rejected patches list and already installed on the node, its
   * status is reported as <code>INSTALLED_OTHER</code> . Any package not already installed on the
   * node is skipped. This is the default action if no option is specified.
   *
   * <ul> <li><b>BLOCK</b> - <em>All OSs</em> : Packages in the rejected patches list, and packages
   * that include them as dependencies, aren't installed by Patch Manager under any circumstances.
   * </ul>
   *
   * <p>State value assignment for patch compliance:
   *
   * <ul> <li>If a package was installed before it was added to the rejected patches list, or is
   * installed outside of Patch Manager afterward, it's considered noncompliant with the patch
   * baseline and its status is reported as <code>INSTALLED_REJECTED</code> . <li>If an update
   * attempts to install a dependency package that is now rejected by the baseline, when previous
   * versions of the package were not rejected, the package being updated is reported as
   * <code>MISSING</code> for <code>SCAN</code> operations and as <code>FAILED</code> for
   * <code>INSTALL</code> operations. </ul>
   *
   * <p>Allowed values: {@code ALLOW_AS_DEPENDENCY}, {@code BLOCK}. Default: {@code
   * "ALLOW_AS_DEPENDENCY"}. CloudFormation property {@code RejectedPatchesAction}.
   */
  public PatchBaseline rejectedPatchesAction(String value) {
    return set("RejectedPatchesAction", Value.of(value));
  }

  /**
   * Sets {@code RejectedPatchesAction} to this value; see {@link #rejectedPatchesAction(String)}.
   */
  public PatchBaseline rejectedPatchesAction(Value<String> value) {
    return set("RejectedPatchesAction", value);
  }

  /**
   * Information about the patches to use to update the managed nodes, including target operating
   * systems and source repositories. Applies to Linux managed nodes only.
   *
   * <p>CloudFormation property {@code Sources}.
   */
  public PatchBaseline sources(List<PatchSource> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public PatchBaseline sources(Value<List<PatchSource>> value) {
    return set("Sources", value);
  }

  /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
  public PatchBaseline sources(PatchSource... values) {
    return set("Sources", Value.list(values));
  }

  /**
   * Optional metadata that you assign to a resource. Tags enable you to categorize a resource in
   * different ways, such as by purpose, owner, or environment. For example, you might want to tag a
   * patch baseline to identify the severity level of patches it specifies and the operating system
   * family it applies to.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PatchBaseline tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PatchBaseline tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PatchBaseline tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the patch baseline.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The <code>PatchFilter</code> property type defines a patch filter for an AWS Systems Manager
   * patch baseline.
   *
   * <p>The <code>PatchFilters</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-patchbaseline-patchfiltergroup.html">PatchFilterGroup</a>
   * property type contains a list of <code>PatchFilter</code> property types.
   *
   * <p>You can view lists of valid values for the patch properties by running the
   * <code>DescribePatchProperties</code> command. For more information, see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribePatchProperties.html">DescribePatchProperties</a>
   * in the <em>AWS Systems Manager API Reference</em> .
   *
   * <p>Property type {@code AWS::SSM::PatchBaseline.PatchFilter}.
   */
  public static final class PatchFilter extends Struct<PatchFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::PatchBaseline.PatchFilter")
        .allowed("Key", "ADVISORY_ID", "ARCH", "BUGZILLA_ID", "CLASSIFICATION", "CVE_ID", "EPOCH",
            "MSRC_SEVERITY", "NAME", "PATCH_ID", "PATCH_SET", "PRIORITY", "PRODUCT",
            "PRODUCT_FAMILY", "RELEASE", "REPOSITORY", "SECTION", "SECURITY", "SEVERITY", "VERSION")
        .constrain("Values", Constraint.of().minLength(1).maxLength(64))
        .build();

    public PatchFilter() {
      super(SCHEMA);
    }

    /**
     * The key for the filter.
     *
     * <p>For information about valid keys, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PatchFilter.html">PatchFilter</a>
     * in the <em>AWS Systems Manager API Reference</em> .
     *
     * <p>Allowed values: {@code ADVISORY_ID}, {@code ARCH}, {@code BUGZILLA_ID}, {@code
     * CLASSIFICATION}, {@code CVE_ID}, {@code EPOCH}, {@code MSRC_SEVERITY}, {@code NAME}, {@code
     * PATCH_ID}, {@code PATCH_SET}, {@code PRIORITY}, {@code PRODUCT}, {@code PRODUCT_FAMILY},
     * {@code RELEASE}, {@code REPOSITORY}, {@code SECTION}, {@code SECURITY}, {@code SEVERITY},
     * {@code VERSION}. CloudFormation property {@code Key}.
     */
    public PatchFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public PatchFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the filter key.
     *
     * <p>For information about valid values for each key based on operating system type, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PatchFilter.html">PatchFilter</a>
     * in the <em>AWS Systems Manager API Reference</em> .
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code Values}.
     */
    public PatchFilter values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public PatchFilter values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The <code>PatchFilterGroup</code> property type specifies a set of patch filters for an AWS
   * Systems Manager patch baseline, typically used for approval rules for a Systems Manager patch
   * baseline.
   *
   * <p><code>PatchFilterGroup</code> is the property type for the <code>GlobalFilters</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-patchbaseline.html">AWS::SSM::PatchBaseline</a>
   * resource and the <code>PatchFilterGroup</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-patchbaseline-rule.html">Rule</a>
   * property type.
   *
   * <p>Property type {@code AWS::SSM::PatchBaseline.PatchFilterGroup}.
   */
  public static final class PatchFilterGroup extends Struct<PatchFilterGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::SSM::PatchBaseline.PatchFilterGroup");

    public PatchFilterGroup() {
      super(SCHEMA);
    }

    /**
     * The set of patch filters that make up the group.
     *
     * <p>CloudFormation property {@code PatchFilters}.
     */
    public PatchFilterGroup patchFilters(List<PatchFilter> value) {
      return set("PatchFilters", Value.listOf(value));
    }

    /** Sets {@code PatchFilters} to this value; see {@link #patchFilters(List)}. */
    public PatchFilterGroup patchFilters(Value<List<PatchFilter>> value) {
      return set("PatchFilters", value);
    }

    /** Sets {@code PatchFilters} to a list of these; see {@link #patchFilters(List)}. */
    public PatchFilterGroup patchFilters(PatchFilter... values) {
      return set("PatchFilters", Value.list(values));
    }
  }

  /**
   * <code>PatchSource</code> is the property type for the <code>Sources</code> resource of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-patchbaseline.html">AWS::SSM::PatchBaseline</a>
   * resource.
   *
   * <p>The AWS CloudFormation <code>AWS::SSM::PatchSource</code> resource is used to provide
   * information about the patches to use to update target instances, including target operating
   * systems and source repository. Applies to Linux managed nodes only.
   *
   * <p>Property type {@code AWS::SSM::PatchBaseline.PatchSource}.
   */
  public static final class PatchSource extends Struct<PatchSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::PatchBaseline.PatchSource")
        .constrain("Configuration", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_\\-.]{3,50}$"))
        .constrain("Products", Constraint.of().minLength(1).maxLength(128))
        .build();

    public PatchSource() {
      super(SCHEMA);
    }

    /**
     * The value of the repo configuration.
     *
     * <p><em>Example for yum repositories</em>
     *
     * <p><code>[main]</code>
     *
     * <p><code>name=MyCustomRepository</code>
     *
     * <p><code>baseurl=https://my-custom-repository</code>
     *
     * <p><code>enabled=1</code>
     *
     * <p>For information about other options available for your yum repository configuration, see
     * <a
     * href="https://docs.aws.amazon.com/https://man7.org/linux/man-pages/man5/dnf.conf.5.html">dnf.conf(5)</a>
     * on the <em>man7.org</em> website.
     *
     * <p><em>Examples for Ubuntu Server and Debian Server</em>
     *
     * <p><code>deb http://security.ubuntu.com/ubuntu jammy main</code>
     *
     * <p><code>deb https://site.example.com/debian distribution component1 component2
     * component3</code>
     *
     * <p>Repo information for Ubuntu Server repositories must be specifed in a single line. For
     * more examples and information, see <a
     * href="https://docs.aws.amazon.com/https://manpages.ubuntu.com/manpages/jammy/man5/sources.list.5.html">jammy
     * (5) sources.list.5.gz</a> on the <em>Ubuntu Server Manuals</em> website and <a
     * href="https://docs.aws.amazon.com/https://wiki.debian.org/SourcesList#sources.list_format">sources.list
     * format</a> on the <em>Debian Wiki</em> .
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Configuration}.
     */
    public PatchSource configuration(String value) {
      return set("Configuration", Value.of(value));
    }

    /** Sets {@code Configuration} to this value; see {@link #configuration(String)}. */
    public PatchSource configuration(Value<String> value) {
      return set("Configuration", value);
    }

    /**
     * The name specified to identify the patch source.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9_&#92;-.]{3,50}$}. CloudFormation property {@code Name}.
     */
    public PatchSource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PatchSource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The specific operating system versions a patch repository applies to, such as "Ubuntu16.04",
     * "RedhatEnterpriseLinux7.2" or "Suse12.7". For lists of supported product values, see <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PatchFilter.html">PatchFilter</a>
     * in the <em>AWS Systems Manager API Reference</em> .
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Products}.
     */
    public PatchSource products(List<String> value) {
      return set("Products", Value.listOf(value));
    }

    /** Sets {@code Products} to this value; see {@link #products(List)}. */
    public PatchSource products(Value<List<String>> value) {
      return set("Products", value);
    }
  }

  /**
   * The <code>Rule</code> property type specifies an approval rule for a Systems Manager patch
   * baseline.
   *
   * <p>The <code>PatchRules</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-patchbaseline-rulegroup.html">RuleGroup</a>
   * property type contains a list of <code>Rule</code> property types.
   *
   * <p>Property type {@code AWS::SSM::PatchBaseline.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSM::PatchBaseline.Rule")
        .constrain("ApproveAfterDays", Constraint.of().minimum(0).maximum(360))
        .constrain("ApproveUntilDate", Constraint.of().minLength(0).maxLength(10))
        .allowed("ComplianceLevel", "CRITICAL", "HIGH", "INFORMATIONAL", "LOW", "MEDIUM",
            "UNSPECIFIED")
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The number of days after the release date of each patch matched by the rule that the patch is
     * marked as approved in the patch baseline. For example, a value of <code>7</code> means that
     * patches are approved seven days after they are released.
     *
     * <p>Patch Manager evaluates patch release dates using Coordinated Universal Time (UTC). If the
     * day represented by <code>7</code> is <code>2025-11-16</code> , patches released between
     * <code>2025-11-16T00:00:00Z</code> and <code>2025-11-16T23:59:59Z</code> will be included in
     * the approval.
     *
     * <p>This parameter is marked as <code>Required: No</code> , but your request must include a
     * value for either <code>ApproveAfterDays</code> or <code>ApproveUntilDate</code> .
     *
     * <p>Not supported for Debian Server or Ubuntu Server.
     *
     * <p>Use caution when setting this value for Windows Server patch baselines. Because patch
     * updates that are replaced by later updates are removed, setting too broad a value for this
     * parameter can result in crucial patches not being installed. For more information, see the
     * <em>Windows Server</em> tab in the topic <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-selecting-patches.html">How
     * security patches are selected</a> in the <em>AWS Systems Manager User Guide</em> .
     *
     * <p>Range: 0 to 360. CloudFormation property {@code ApproveAfterDays}.
     */
    public Rule approveAfterDays(int value) {
      return set("ApproveAfterDays", Value.of(value));
    }

    /** Sets {@code ApproveAfterDays} to this value; see {@link #approveAfterDays(int)}. */
    public Rule approveAfterDays(Value<Integer> value) {
      return set("ApproveAfterDays", value);
    }

    /**
     * The cutoff date for auto approval of released patches. Any patches released on or before this
     * date are installed automatically.
     *
     * <p>Enter dates in the format <code>YYYY-MM-DD</code> . For example, <code>2025-11-16</code> .
     *
     * <p>Patch Manager evaluates patch release dates using Coordinated Universal Time (UTC). If you
     * enter the date <code>2025-11-16</code> , patches released between
     * <code>2025-11-16T00:00:00Z</code> and <code>2025-11-16T23:59:59Z</code> will be included in
     * the approval.
     *
     * <p>This parameter is marked as <code>Required: No</code> , but your request must include a
     * value for either <code>ApproveUntilDate</code> or <code>ApproveAfterDays</code> .
     *
     * <p>Not supported for Debian Server or Ubuntu Server.
     *
     * <p>Use caution when setting this value for Windows Server patch baselines. Because patch
     * updates that are replaced by later updates are removed, setting too broad a value for this
     * parameter can result in crucial patches not being installed. For more information, see the
     * <em>Windows Server</em> tab in the topic <a
     * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/patch-manager-selecting-patches.html">How
     * security patches are selected</a> in the <em>AWS Systems Manager User Guide</em> .
     *
     * <p>Length: 0 to 10 characters. CloudFormation property {@code ApproveUntilDate}.
     */
    public Rule approveUntilDate(String value) {
      return set("ApproveUntilDate", Value.of(value));
    }

    /** Sets {@code ApproveUntilDate} to this value; see {@link #approveUntilDate(String)}. */
    public Rule approveUntilDate(Value<String> value) {
      return set("ApproveUntilDate", value);
    }

    /**
     * A compliance severity level for all approved patches in a patch baseline. Valid compliance
     * severity levels include the following: <code>UNSPECIFIED</code> , <code>CRITICAL</code> ,
     * <code>HIGH</code> , <code>MEDIUM</code> , <code>LOW</code> , and <code>INFORMATIONAL</code> .
     *
     * <p>Allowed values: {@code CRITICAL}, {@code HIGH}, {@code INFORMATIONAL}, {@code LOW}, {@code
     * MEDIUM}, {@code UNSPECIFIED}. CloudFormation property {@code ComplianceLevel}.
     */
    public Rule complianceLevel(String value) {
      return set("ComplianceLevel", Value.of(value));
    }

    /** Sets {@code ComplianceLevel} to this value; see {@link #complianceLevel(String)}. */
    public Rule complianceLevel(Value<String> value) {
      return set("ComplianceLevel", value);
    }

    /**
     * For managed nodes identified by the approval rule filters, enables a patch baseline to apply
     * non-security updates available in the specified repository. The default value is
     * <code>false</code> . Applies to Linux managed nodes only.
     *
     * <p>Default: {@code false}. CloudFormation property {@code EnableNonSecurity}.
     */
    public Rule enableNonSecurity(boolean value) {
      return set("EnableNonSecurity", Value.of(value));
    }

    /** Sets {@code EnableNonSecurity} to this value; see {@link #enableNonSecurity(boolean)}. */
    public Rule enableNonSecurity(Value<Boolean> value) {
      return set("EnableNonSecurity", value);
    }

    /**
     * The patch filter group that defines the criteria for the rule.
     *
     * <p>CloudFormation property {@code PatchFilterGroup}.
     */
    public Rule patchFilterGroup(Value<PatchFilterGroup> value) {
      return set("PatchFilterGroup", value);
    }
  }

  /**
   * The <code>RuleGroup</code> property type specifies a set of rules that define the approval
   * rules for an AWS Systems Manager patch baseline.
   *
   * <p><code>RuleGroup</code> is the property type for the <code>ApprovalRules</code> property of
   * the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-patchbaseline.html">AWS::SSM::PatchBaseline</a>
   * resource.
   *
   * <p>Property type {@code AWS::SSM::PatchBaseline.RuleGroup}.
   */
  public static final class RuleGroup extends Struct<RuleGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::SSM::PatchBaseline.RuleGroup");

    public RuleGroup() {
      super(SCHEMA);
    }

    /**
     * The rules that make up the rule group.
     *
     * <p>CloudFormation property {@code PatchRules}.
     */
    public RuleGroup patchRules(List<Rule> value) {
      return set("PatchRules", Value.listOf(value));
    }

    /** Sets {@code PatchRules} to this value; see {@link #patchRules(List)}. */
    public RuleGroup patchRules(Value<List<Rule>> value) {
      return set("PatchRules", value);
    }

    /** Sets {@code PatchRules} to a list of these; see {@link #patchRules(List)}. */
    public RuleGroup patchRules(Rule... values) {
      return set("PatchRules", Value.list(values));
    }
  }
}
