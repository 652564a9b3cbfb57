// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
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
      .allowed("AcceleratorTypes", "ml.eia1.large", "ml.eia1.medium", "ml.eia1.xlarge",
          "ml.eia2.large", "ml.eia2.medium", "ml.eia2.xlarge")
      .constrain("AdditionalCodeRepositories", Constraint.of().pattern("^https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(1024))
      .constrain("DefaultCodeRepository", Constraint.of().pattern("^https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(1024))
      .allowed("DirectInternetAccess", "Disabled", "Enabled")
      .allowed("InstanceType", "ml.c4.2xlarge", "ml.c4.4xlarge", "ml.c4.8xlarge", "ml.c4.xlarge",
          "ml.c5.18xlarge", "ml.c5.2xlarge", "ml.c5.4xlarge", "ml.c5.9xlarge", "ml.c5.xlarge",
          "ml.c5d.18xlarge", "ml.c5d.2xlarge", "ml.c5d.4xlarge", "ml.c5d.9xlarge", "ml.c5d.xlarge",
          "ml.c6i.12xlarge", "ml.c6i.16xlarge", "ml.c6i.24xlarge", "ml.c6i.2xlarge",
          "ml.c6i.32xlarge", "ml.c6i.4xlarge", "ml.c6i.8xlarge", "ml.c6i.large", "ml.c6i.xlarge",
          "ml.c6id.12xlarge", "ml.c6id.16xlarge", "ml.c6id.24xlarge", "ml.c6id.2xlarge",
          "ml.c6id.32xlarge", "ml.c6id.4xlarge", "ml.c6id.8xlarge", "ml.c6id.large",
          "ml.c6id.xlarge", "ml.c7i.12xlarge", "ml.c7i.16xlarge", "ml.c7i.24xlarge",
          "ml.c7i.2xlarge", "ml.c7i.48xlarge", "ml.c7i.4xlarge", "ml.c7i.8xlarge", "ml.c7i.large",
          "ml.c7i.xlarge", "ml.g4dn.12xlarge", "ml.g4dn.16xlarge", "ml.g4dn.2xlarge",
          "ml.g4dn.4xlarge", "ml.g4dn.8xlarge", "ml.g4dn.xlarge", "ml.g5.12xlarge",
          "ml.g5.16xlarge", "ml.g5.24xlarge", "ml.g5.2xlarge", "ml.g5.48xlarge", "ml.g5.4xlarge",
          "ml.g5.8xlarge", "ml.g5.xlarge", "ml.g6.12xlarge", "ml.g6.16xlarge", "ml.g6.24xlarge",
          "ml.g6.2xlarge", "ml.g6.48xlarge", "ml.g6.4xlarge", "ml.g6.8xlarge", "ml.g6.xlarge",
          "ml.g6e.12xlarge", "ml.g6e.16xlarge", "ml.g6e.24xlarge", "ml.g6e.2xlarge",
          "ml.g6e.48xlarge", "ml.g6e.4xlarge", "ml.g6e.8xlarge", "ml.g6e.xlarge", "ml.g7e.12xlarge",
          "ml.g7e.24xlarge", "ml.g7e.2xlarge", "ml.g7e.48xlarge", "ml.g7e.4xlarge",
          "ml.g7e.8xlarge", "ml.inf1.24xlarge", "ml.inf1.2xlarge", "ml.inf1.6xlarge",
          "ml.inf1.xlarge", "ml.inf2.24xlarge", "ml.inf2.48xlarge", "ml.inf2.8xlarge",
          "ml.inf2.xlarge", "ml.m4.10xlarge", "ml.m4.16xlarge", "ml.m4.2xlarge", "ml.m4.4xlarge",
          "ml.m4.xlarge", "ml.m5.12xlarge", "ml.m5.24xlarge", "ml.m5.2xlarge", "ml.m5.4xlarge",
          "ml.m5.xlarge", "ml.m5d.12xlarge", "ml.m5d.16xlarge", "ml.m5d.24xlarge", "ml.m5d.2xlarge",
          "ml.m5d.4xlarge", "ml.m5d.8xlarge", "ml.m5d.large", "ml.m5d.xlarge", "ml.m6i.12xlarge",
          "ml.m6i.16xlarge", "ml.m6i.24xlarge", "ml.m6i.2xlarge", "ml.m6i.32xlarge",
          "ml.m6i.4xlarge", "ml.m6i.8xlarge", "ml.m6i.large", "ml.m6i.xlarge", "ml.m6id.12xlarge",
          "ml.m6id.16xlarge", "ml.m6id.24xlarge", "ml.m6id.2xlarge", "ml.m6id.32xlarge",
          "ml.m6id.4xlarge", "ml.m6id.8xlarge", "ml.m6id.large", "ml.m6id.xlarge",
          "ml.m7i.12xlarge", "ml.m7i.16xlarge", "ml.m7i.24xlarge", "ml.m7i.2xlarge",
          "ml.m7i.48xlarge", "ml.m7i.4xlarge", "ml.m7i.8xlarge", "ml.m7i.large", "ml.m7i.xlarge",
          "ml.p2.16xlarge", "ml.p2.8xlarge", "ml.p2.xlarge", "ml.p3.16xlarge", "ml.p3.2xlarge",
          "ml.p3.8xlarge", "ml.p3dn.24xlarge", "ml.p4d.24xlarge", "ml.p4de.24xlarge",
          "ml.p5.48xlarge", "ml.p5.4xlarge", "ml.p5en.48xlarge", "ml.p6-b200.48xlarge",
          "ml.r5.12xlarge", "ml.r5.16xlarge", "ml.r5.24xlarge", "ml.r5.2xlarge", "ml.r5.4xlarge",
          "ml.r5.8xlarge", "ml.r5.large", "ml.r5.xlarge", "ml.r6i.12xlarge", "ml.r6i.16xlarge",
          "ml.r6i.24xlarge", "ml.r6i.2xlarge", "ml.r6i.32xlarge", "ml.r6i.4xlarge",
          "ml.r6i.8xlarge", "ml.r6i.large", "ml.r6i.xlarge", "ml.r6id.12xlarge", "ml.r6id.16xlarge",
          "ml.r6id.24xlarge", "ml.r6id.2xlarge", "ml.r6id.32xlarge", "ml.r6id.4xlarge",
          "ml.r6id.8xlarge", "ml.r6id.large", "ml.r6id.xlarge", "ml.r7i.12xlarge",
          "ml.r7i.16xlarge", "ml.r7i.24xlarge", "ml.r7i.2xlarge", "ml.r7i.48xlarge",
          "ml.r7i.4xlarge", "ml.r7i.8xlarge", "ml.r7i.large", "ml.r7i.xlarge", "ml.t2.2xlarge",
          "ml.t2.large", "ml.t2.medium", "ml.t2.xlarge", "ml.t3.2xlarge", "ml.t3.large",
          "ml.t3.medium", "ml.t3.xlarge", "ml.trn1.2xlarge", "ml.trn1.32xlarge",
          "ml.trn1n.32xlarge")
      .constrain("LifecycleConfigName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(0).maxLength(63))
      .constrain("NotebookInstanceName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$").minLength(1).maxLength(64))
      .constrain("PlatformIdentifier", Constraint.of().pattern("^(notebook-al1-v1|notebook-al2-v1|notebook-al2-v2|notebook-al2-v3|notebook-al2023-v1)$").minLength(0).maxLength(20))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .allowed("RootAccess", "Disabled", "Enabled")
      .constrain("SecurityGroupIds", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(0).maxLength(32).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetId", Constraint.of().pattern("^[-0-9a-zA-Z]+$").minLength(0).maxLength(32).format("AWS::EC2::Subnet.Id"))
      .constrain("VolumeSizeInGB", Constraint.of().minimum(5).maximum(16384))
      .refYields("NotebookInstanceArn")
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
   * <p>Allowed values: {@code ml.eia1.large}, {@code ml.eia1.medium}, {@code ml.eia1.xlarge},
   * {@code ml.eia2.large}, {@code ml.eia2.medium}, {@code ml.eia2.xlarge}. CloudFormation property
   * {@code AcceleratorTypes}.
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
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code
   * AdditionalCodeRepositories}.
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
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^https://([^/]+)/?(.*)$|^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code
   * DefaultCodeRepository}.
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
   * <p>Changing it replaces the resource. Allowed values: {@code Disabled}, {@code Enabled}.
   * CloudFormation property {@code DirectInternetAccess}.
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
   * <p>Required. Allowed values: {@code ml.c4.2xlarge}, {@code ml.c4.4xlarge}, {@code
   * ml.c4.8xlarge}, {@code ml.c4.xlarge}, {@code ml.c5.18xlarge}, {@code ml.c5.2xlarge}, {@code
   * ml.c5.4xlarge}, {@code ml.c5.9xlarge}, {@code ml.c5.xlarge}, {@code ml.c5d.18xlarge}, {@code
   * ml.c5d.2xlarge}, {@code ml.c5d.4xlarge}, {@code ml.c5d.9xlarge}, {@code ml.c5d.xlarge}, {@code
   * ml.c6i.12xlarge}, {@code ml.c6i.16xlarge}, {@code ml.c6i.24xlarge}, {@code ml.c6i.2xlarge},
   * {@code ml.c6i.32xlarge}, {@code ml.c6i.4xlarge}, {@code ml.c6i.8xlarge}, {@code ml.c6i.large},
   * {@code ml.c6i.xlarge}, {@code ml.c6id.12xlarge}, {@code ml.c6id.16xlarge}, {@code
   * ml.c6id.24xlarge}, {@code ml.c6id.2xlarge}, {@code ml.c6id.32xlarge}, {@code ml.c6id.4xlarge},
   * {@code ml.c6id.8xlarge}, {@code ml.c6id.large}, {@code ml.c6id.xlarge}, {@code
   * ml.c7i.12xlarge}, {@code ml.c7i.16xlarge}, {@code ml.c7i.24xlarge}, {@code ml.c7i.2xlarge},
   * {@code ml.c7i.48xlarge}, {@code ml.c7i.4xlarge}, {@code ml.c7i.8xlarge}, {@code ml.c7i.large},
   * {@code ml.c7i.xlarge}, {@code ml.g4dn.12xlarge}, {@code ml.g4dn.16xlarge}, {@code
   * ml.g4dn.2xlarge}, {@code ml.g4dn.4xlarge}, {@code ml.g4dn.8xlarge}, {@code ml.g4dn.xlarge},
   * {@code ml.g5.12xlarge}, {@code ml.g5.16xlarge}, {@code ml.g5.24xlarge}, {@code ml.g5.2xlarge},
   * {@code ml.g5.48xlarge}, {@code ml.g5.4xlarge}, {@code ml.g5.8xlarge}, {@code ml.g5.xlarge},
   * {@code ml.g6.12xlarge}, {@code ml.g6.16xlarge}, {@code ml.g6.24xlarge}, {@code ml.g6.2xlarge},
   * {@code ml.g6.48xlarge}, {@code ml.g6.4xlarge}, {@code ml.g6.8xlarge}, {@code ml.g6.xlarge},
   * {@code ml.g6e.12xlarge}, {@code ml.g6e.16xlarge}, {@code ml.g6e.24xlarge}, {@code
   * ml.g6e.2xlarge}, {@code ml.g6e.48xlarge}, {@code ml.g6e.4xlarge}, {@code ml.g6e.8xlarge},
   * {@code ml.g6e.xlarge}, {@code ml.g7e.12xlarge}, {@code ml.g7e.24xlarge}, {@code
   * ml.g7e.2xlarge}, {@code ml.g7e.48xlarge}, {@code ml.g7e.4xlarge}, {@code ml.g7e.8xlarge},
   * {@code ml.inf1.24xlarge}, {@code ml.inf1.2xlarge}, {@code ml.inf1.6xlarge}, {@code
   * ml.inf1.xlarge}, {@code ml.inf2.24xlarge}, {@code ml.inf2.48xlarge}, {@code ml.inf2.8xlarge},
   * {@code ml.inf2.xlarge}, {@code ml.m4.10xlarge}, {@code ml.m4.16xlarge}, {@code ml.m4.2xlarge},
   * {@code ml.m4.4xlarge}, {@code ml.m4.xlarge}, {@code ml.m5.12xlarge}, {@code ml.m5.24xlarge},
   * {@code ml.m5.2xlarge}, {@code ml.m5.4xlarge}, {@code ml.m5.xlarge}, {@code ml.m5d.12xlarge},
   * {@code ml.m5d.16xlarge}, {@code ml.m5d.24xlarge}, {@code ml.m5d.2xlarge}, {@code
   * ml.m5d.4xlarge}, {@code ml.m5d.8xlarge}, {@code ml.m5d.large}, {@code ml.m5d.xlarge}, {@code
   * ml.m6i.12xlarge}, {@code ml.m6i.16xlarge}, {@code ml.m6i.24xlarge}, {@code ml.m6i.2xlarge},
   * {@code ml.m6i.32xlarge}, {@code ml.m6i.4xlarge}, {@code ml.m6i.8xlarge}, {@code ml.m6i.large},
   * {@code ml.m6i.xlarge}, {@code ml.m6id.12xlarge}, {@code ml.m6id.16xlarge}, {@code
   * ml.m6id.24xlarge}, {@code ml.m6id.2xlarge}, {@code ml.m6id.32xlarge}, {@code ml.m6id.4xlarge},
   * {@code ml.m6id.8xlarge}, {@code ml.m6id.large}, {@code ml.m6id.xlarge}, {@code
   * ml.m7i.12xlarge}, {@code ml.m7i.16xlarge}, {@code ml.m7i.24xlarge}, {@code ml.m7i.2xlarge},
   * {@code ml.m7i.48xlarge}, {@code ml.m7i.4xlarge}, {@code ml.m7i.8xlarge}, {@code ml.m7i.large},
   * {@code ml.m7i.xlarge}, {@code ml.p2.16xlarge}, {@code ml.p2.8xlarge}, {@code ml.p2.xlarge},
   * {@code ml.p3.16xlarge}, {@code ml.p3.2xlarge}, {@code ml.p3.8xlarge}, {@code ml.p3dn.24xlarge},
   * {@code ml.p4d.24xlarge}, {@code ml.p4de.24xlarge}, {@code ml.p5.48xlarge}, {@code
   * ml.p5.4xlarge}, {@code ml.p5en.48xlarge}, {@code ml.p6-b200.48xlarge}, {@code ml.r5.12xlarge},
   * {@code ml.r5.16xlarge}, {@code ml.r5.24xlarge}, {@code ml.r5.2xlarge}, {@code ml.r5.4xlarge},
   * {@code ml.r5.8xlarge}, {@code ml.r5.large}, {@code ml.r5.xlarge}, {@code ml.r6i.12xlarge},
   * {@code ml.r6i.16xlarge}, {@code ml.r6i.24xlarge}, {@code ml.r6i.2xlarge}, {@code
   * ml.r6i.32xlarge}, {@code ml.r6i.4xlarge}, {@code ml.r6i.8xlarge}, {@code ml.r6i.large}, {@code
   * ml.r6i.xlarge}, {@code ml.r6id.12xlarge}, {@code ml.r6id.16xlarge}, {@code ml.r6id.24xlarge},
   * {@code ml.r6id.2xlarge}, {@code ml.r6id.32xlarge}, {@code ml.r6id.4xlarge}, {@code
   * ml.r6id.8xlarge}, {@code ml.r6id.large}, {@code ml.r6id.xlarge}, {@code ml.r7i.12xlarge},
   * {@code ml.r7i.16xlarge}, {@code ml.r7i.24xlarge}, {@code ml.r7i.2xlarge}, {@code
   * ml.r7i.48xlarge}, {@code ml.r7i.4xlarge}, {@code ml.r7i.8xlarge}, {@code ml.r7i.large}, {@code
   * ml.r7i.xlarge}, {@code ml.t2.2xlarge}, {@code ml.t2.large}, {@code ml.t2.medium}, {@code
   * ml.t2.xlarge}, {@code ml.t3.2xlarge}, {@code ml.t3.large}, {@code ml.t3.medium}, {@code
   * ml.t3.xlarge}, {@code ml.trn1.2xlarge}, {@code ml.trn1.32xlarge}, {@code ml.trn1n.32xlarge}.
   * CloudFormation property {@code InstanceType}.
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
   * <p>Length: 0 to 63 characters. Pattern: {@code ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation
   * property {@code LifecycleConfigName}.
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
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9])*$}. CloudFormation property {@code NotebookInstanceName}.
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
   * <p>Changing it replaces the resource. Length: 0 to 20 characters. Pattern: {@code
   * ^(notebook-al1-v1|notebook-al2-v1|notebook-al2-v2|notebook-al2-v3|notebook-al2023-v1)$}.
   * CloudFormation property {@code PlatformIdentifier}.
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
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z&#92;-]*:iam::&#92;d{12}:role/?[a-zA-Z_0-9+=,.&#64;&#92;-_/]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
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
   * <p>Allowed values: {@code Disabled}, {@code Enabled}. CloudFormation property {@code
   * RootAccess}.
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
   * <p>Changing it replaces the resource. Length: 0 to 32 characters. Pattern: {@code
   * ^[-0-9a-zA-Z]+$}. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * SecurityGroupIds}.
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
   * <p>Changing it replaces the resource. Length: 0 to 32 characters. Pattern: {@code
   * ^[-0-9a-zA-Z]+$}. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code
   * SubnetId}.
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
   * <p>Range: 5 to 16384. CloudFormation property {@code VolumeSizeInGB}.
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
        .constrain("MinimumInstanceMetadataServiceVersion", Constraint.of().pattern("^1|2$").minLength(0).maxLength(1))
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
     * <p>Required. Length: 0 to 1 characters. Pattern: {@code ^1|2$}. CloudFormation property
     * {@code MinimumInstanceMetadataServiceVersion}.
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
