// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SageMaker::NotebookInstance</code> resource creates an Amazon SageMaker notebook
 * instance. A notebook instance is a machine learning (ML) compute instance running on a Jupyter
 * notebook. For more information, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/nbi.html">Use Notebook Instances</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::NotebookInstance}.
 */
public final class NotebookInstance extends Resource<NotebookInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::NotebookInstance")
      .required("InstanceType", "RoleArn")
      .attributes("NotebookInstanceArn", "NotebookInstanceName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NotebookInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of Amazon Elastic Inference (EI) instance types to associate with the notebook instance.
   * Currently, only one instance type can be associated with a notebook instance. For more
   * information, see <a href="https://docs.aws.amazon.com/sagemaker/latest/dg/ei.html">Using
   * Elastic Inference in Amazon SageMaker</a> .
   *
   * <p><em>Valid Values:</em> <code>ml.eia1.medium | ml.eia1.large | ml.eia1.xlarge |
   * ml.eia2.medium | ml.eia2.large | ml.eia2.xlarge</code> .
   *
   * <p>CloudFormation property {@code AcceleratorTypes}.
   *
   * @deprecated The specification marks {@code AcceleratorTypes} deprecated.
   */
  @Deprecated
  public NotebookInstance acceleratorTypes(List<String> value) {
    return set("AcceleratorTypes", Value.listOf(value));
  }

  /**
   * Sets {@code AcceleratorTypes} to this value; see {@link #acceleratorTypes(List)}.
   *
   * @deprecated The specification marks {@code AcceleratorTypes} deprecated.
   */
  @Deprecated
  public NotebookInstance acceleratorTypes(Value<List<String>> value) {
    return set("AcceleratorTypes", value);
  }

  /**
   * An array of up to three Git repositories associated with the notebook instance. These can be
   * either the names of Git repositories stored as resources in your account, or the URL of Git
   * repositories in <a
   * href="https://docs.aws.amazon.com/codecommit/latest/userguide/welcome.html">AWS CodeCommit</a>
   * or in any other Git repository. These repositories are cloned at the same level as the default
   * repository of your notebook instance. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-git-repo.html">Associating Git
   * Repositories with SageMaker AI Notebook Instances</a> .
   *
   * <p>CloudFormation property {@code AdditionalCodeRepositories}.
   */
  public NotebookInstance additionalCodeRepositories(List<String> value) {
    return set("AdditionalCodeRepositories", Value.listOf(value));
  }

  /**
   * Sets {@code AdditionalCodeRepositories} to this value; see {@link
   * #additionalCodeRepositories(List)}.
   */
  public NotebookInstance additionalCodeRepositories(Value<List<String>> value) {
    return set("AdditionalCodeRepositories", value);
  }

  /**
   * The Git repository associated with the notebook instance as its default code repository. This
   * can be either the name of a Git repository stored as a resource in your account, or the URL of
   * a Git repository in <a
   * href="https://docs.aws.amazon.com/codecommit/latest/userguide/welcome.html">AWS CodeCommit</a>
   * or in any other Git repository. When you open a notebook instance, it opens in the directory
   * that contains this repository. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-git-repo.html">Associating Git
   * Repositories with SageMaker AI Notebook Instances</a> .
   *
   * <p>CloudFormation property {@code DefaultCodeRepository}.
   */
  public NotebookInstance defaultCodeRepository(String value) {
    return set("DefaultCodeRepository", Value.of(value));
  }

  /**
   * Sets {@code DefaultCodeRepository} to this value; see {@link #defaultCodeRepository(String)}.
   */
  public NotebookInstance defaultCodeRepository(Value<String> value) {
    return set("DefaultCodeRepository", value);
  }

  /**
   * Sets whether SageMaker AI provides internet access to the notebook instance. If you set this to
   * <code>Disabled</code> this notebook instance is able to access resources only in your VPC, and
   * is not be able to connect to SageMaker AI training and endpoint services unless you configure a
   * NAT Gateway in your VPC.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-additional-considerations.html#appendix-notebook-and-internet-access">Notebook
   * Instances Are Internet-Enabled by Default</a> . You can set the value of this parameter to
   * <code>Disabled</code> only if you set a value for the <code>SubnetId</code> parameter.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DirectInternetAccess}.
   */
  public NotebookInstance directInternetAccess(String value) {
    return set("DirectInternetAccess", Value.of(value));
  }

  /** Sets {@code DirectInternetAccess} to this value; see {@link #directInternetAccess(String)}. */
  public NotebookInstance directInternetAccess(Value<String> value) {
    return set("DirectInternetAccess", value);
  }

  /**
   * Information on the IMDS configuration of the notebook instance
   *
   * <p>CloudFormation property {@code InstanceMetadataServiceConfiguration}.
   */
  public NotebookInstance instanceMetadataServiceConfiguration(Value<InstanceMetadataServiceConfiguration> value) {
    return set("InstanceMetadataServiceConfiguration", value);
  }

  /**
   * The type of ML compute instance to launch for the notebook instance.
   *
   * <p>Expect some interruption of service if this parameter is changed as CloudFormation stops a
   * notebook instance and starts it up again to update it.
   *
   * <p>Required. CloudFormation property {@code InstanceType}.
   */
  public NotebookInstance instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public NotebookInstance instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a AWS Key Management Service key that SageMaker AI uses to
   * encrypt data on the storage volume attached to your notebook instance. The KMS key you provide
   * must be enabled. For information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/enabling-keys.html">Enabling and
   * Disabling Keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public NotebookInstance kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public NotebookInstance kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The name of a lifecycle configuration to associate with the notebook instance. For information
   * about lifecycle configurations, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html">Customize
   * a Notebook Instance</a> in the <em>Amazon SageMaker Developer Guide</em> .
   *
   * <p>CloudFormation property {@code LifecycleConfigName}.
   */
  public NotebookInstance lifecycleConfigName(String value) {
    return set("LifecycleConfigName", Value.of(value));
  }

  /** Sets {@code LifecycleConfigName} to this value; see {@link #lifecycleConfigName(String)}. */
  public NotebookInstance lifecycleConfigName(Value<String> value) {
    return set("LifecycleConfigName", value);
  }

  /**
   * The name of the new notebook instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NotebookInstanceName}.
   */
  public NotebookInstance notebookInstanceName(String value) {
    return set("NotebookInstanceName", Value.of(value));
  }

  /** Sets {@code NotebookInstanceName} to this value; see {@link #notebookInstanceName(String)}. */
  public NotebookInstance notebookInstanceName(Value<String> value) {
    return set("NotebookInstanceName", value);
  }

  /**
   * The platform identifier of the notebook instance runtime environment. The default value is
   * <code>notebook-al2-v2</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PlatformIdentifier}.
   */
  public NotebookInstance platformIdentifier(String value) {
    return set("PlatformIdentifier", Value.of(value));
  }

  /** Sets {@code PlatformIdentifier} to this value; see {@link #platformIdentifier(String)}. */
  public NotebookInstance platformIdentifier(Value<String> value) {
    return set("PlatformIdentifier", value);
  }

  /**
   * When you send any requests to AWS resources from the notebook instance, SageMaker AI assumes
   * this role to perform tasks on your behalf. You must grant this role necessary permissions so
   * SageMaker AI can perform these tasks. The policy must allow the SageMaker AI service principal
   * (sagemaker.amazonaws.com) permissions to assume this role. For more information, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html">SageMaker AI
   * Roles</a> .
   *
   * <p>To be able to pass this role to SageMaker AI, the caller of this API must have the
   * <code>iam:PassRole</code> permission.
   *
   * <p>Required. CloudFormation property {@code RoleArn}.
   */
  public NotebookInstance roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public NotebookInstance roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Whether root access is enabled or disabled for users of the notebook instance. The default
   * value is <code>Enabled</code> .
   *
   * <p>Lifecycle configurations need root access to be able to set up a notebook instance. Because
   * of this, lifecycle configurations associated with a notebook instance always run with root
   * access even if you disable root access for users.
   *
   * <p>CloudFormation property {@code RootAccess}.
   */
  public NotebookInstance rootAccess(String value) {
    return set("RootAccess", Value.of(value));
  }

  /** Sets {@code RootAccess} to this value; see {@link #rootAccess(String)}. */
  public NotebookInstance rootAccess(Value<String> value) {
    return set("RootAccess", value);
  }

  /**
   * The VPC security group IDs, in the form sg-xxxxxxxx. The security groups must be for the same
   * VPC as specified in the subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityGroupIds}.
   */
  public NotebookInstance securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public NotebookInstance securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The ID of the subnet in a VPC to which you would like to have a connectivity from your ML
   * compute instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubnetId}.
   */
  public NotebookInstance subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public NotebookInstance subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * A list of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Resource
   * Tag</a> and <a
   * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html#allocation-what">Using
   * Cost Allocation Tags</a> .
   *
   * <p>You can add tags later by using the <code>CreateTags</code> API.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NotebookInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NotebookInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NotebookInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The size, in GB, of the ML storage volume to attach to the notebook instance. The default value
   * is 5 GB.
   *
   * <p>Expect some interruption of service if this parameter is changed as CloudFormation stops a
   * notebook instance and starts it up again to update it.
   *
   * <p>CloudFormation property {@code VolumeSizeInGB}.
   */
  public NotebookInstance volumeSizeInGB(int value) {
    return set("VolumeSizeInGB", Value.of(value));
  }

  /** Sets {@code VolumeSizeInGB} to this value; see {@link #volumeSizeInGB(int)}. */
  public NotebookInstance volumeSizeInGB(Value<Integer> value) {
    return set("VolumeSizeInGB", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the notebook instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code NotebookInstanceArn}.
   */
  public Value<String> notebookInstanceArn() {
    return getAtt("NotebookInstanceArn");
  }

  /**
   * The name of the notebook instance, such as <code>MyNotebookInstance</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code NotebookInstanceName}.
   */
  public Value<String> notebookInstanceName() {
    return getAtt("NotebookInstanceName");
  }

  /**
   * Information on the IMDS configuration of the notebook instance
   *
   * <p>Property type {@code AWS::SageMaker::NotebookInstance.InstanceMetadataServiceConfiguration}.
   */
  public static final class InstanceMetadataServiceConfiguration extends Struct<InstanceMetadataServiceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::NotebookInstance.InstanceMetadataServiceConfiguration")
        .required("MinimumInstanceMetadataServiceVersion")
        .build();

    public InstanceMetadataServiceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates the minimum IMDS version that the notebook instance supports. When passed as part
     * of <code>CreateNotebookInstance</code> , if no value is selected, then it defaults to IMDSv1.
     * This means that both IMDSv1 and IMDSv2 are supported. If passed as part of
     * <code>UpdateNotebookInstance</code> , there is no default.
     *
     * <p>Required. CloudFormation property {@code MinimumInstanceMetadataServiceVersion}.
     */
    public InstanceMetadataServiceConfiguration minimumInstanceMetadataServiceVersion(String value) {
      return set("MinimumInstanceMetadataServiceVersion", Value.of(value));
    }

    /**
     * Sets {@code MinimumInstanceMetadataServiceVersion} to this value; see {@link
     * #minimumInstanceMetadataServiceVersion(String)}.
     */
    public InstanceMetadataServiceConfiguration minimumInstanceMetadataServiceVersion(Value<String> value) {
      return set("MinimumInstanceMetadataServiceVersion", value);
    }
  }
}
