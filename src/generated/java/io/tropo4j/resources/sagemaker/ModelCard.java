// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an Amazon SageMaker Model Card.
 *
 * <p>For information about how to use model cards, see <a
 * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-cards.html">Amazon SageMaker Model
 * Card</a> .
 *
 * <p>CloudFormation type {@code AWS::SageMaker::ModelCard}.
 */
public final class ModelCard extends Resource<ModelCard> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard")
      .required("Content", "ModelCardName", "ModelCardStatus")
      .constrain("Content", Constraint.of().minLength(0).maxLength(100000))
      .constrain("ModelCardName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").maxLength(63))
      .allowed("ModelCardStatus", "Draft", "PendingReview", "Approved", "Archived")
      .refYields("ModelCardName")
      .attributes("CreatedBy.DomainId", "CreatedBy.UserProfileArn", "CreatedBy.UserProfileName",
          "CreationTime", "LastModifiedBy.DomainId", "LastModifiedBy.UserProfileArn",
          "LastModifiedBy.UserProfileName", "LastModifiedTime", "ModelCardArn",
          "ModelCardProcessingStatus", "ModelCardVersion")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ModelCard(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The content of the model card. Content uses the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-cards.html#model-cards-json-schema">model
   * card JSON schema</a> .
   *
   * <p>Required. Length: 0 to 100000 characters. CloudFormation property {@code Content}.
   */
  public ModelCard content(Value<Content> value) {
    return set("Content", value);
  }

  /**
   * Information about the user who created or modified one or more of the following:
   *
   * <ul> <li>Experiment <li>Trial <li>Trial component <li>Lineage group <li>Project <li>Model Card
   * </ul>
   *
   * <p>CloudFormation property {@code CreatedBy}.
   */
  public ModelCard createdBy(Value<UserContext> value) {
    return set("CreatedBy", value);
  }

  /**
   * Information about the user who created or modified an experiment, trial, trial component,
   * lineage group, project, or model card.
   *
   * <p>CloudFormation property {@code LastModifiedBy}.
   */
  public ModelCard lastModifiedBy(Value<UserContext> value) {
    return set("LastModifiedBy", value);
  }

  /**
   * The unique name of the model card.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code ModelCardName}.
   */
  public ModelCard modelCardName(String value) {
    return set("ModelCardName", Value.of(value));
  }

  /** Sets {@code ModelCardName} to this value; see {@link #modelCardName(String)}. */
  public ModelCard modelCardName(Value<String> value) {
    return set("ModelCardName", value);
  }

  /**
   * The approval status of the model card within your organization. Different organizations might
   * have different criteria for model card review and approval.
   *
   * <ul> <li><code>Draft</code> : The model card is a work in progress.
   * <li><code>PendingReview</code> : The model card is pending review. <li><code>Approved</code> :
   * The model card is approved. <li><code>Archived</code> : The model card is archived. No more
   * updates should be made to the model card, but it can still be exported. </ul>
   *
   * <p>Required. Allowed values: {@code Draft}, {@code PendingReview}, {@code Approved}, {@code
   * Archived}. CloudFormation property {@code ModelCardStatus}.
   */
  public ModelCard modelCardStatus(String value) {
    return set("ModelCardStatus", Value.of(value));
  }

  /** Sets {@code ModelCardStatus} to this value; see {@link #modelCardStatus(String)}. */
  public ModelCard modelCardStatus(Value<String> value) {
    return set("ModelCardStatus", value);
  }

  /**
   * The security configuration used to protect model card data.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityConfig}.
   */
  public ModelCard securityConfig(Value<SecurityConfig> value) {
    return set("SecurityConfig", value);
  }

  /**
   * Key-value pairs used to manage metadata for the model card.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ModelCard tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ModelCard tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ModelCard tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The domain associated with the user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy.DomainId}.
   */
  public Value<String> createdByDomainId() {
    return getAtt("CreatedBy.DomainId");
  }

  /**
   * The Amazon Resource Name (ARN) of the user's profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy.UserProfileArn}.
   */
  public Value<String> createdByUserProfileArn() {
    return getAtt("CreatedBy.UserProfileArn");
  }

  /**
   * The name of the user's profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy.UserProfileName}.
   */
  public Value<String> createdByUserProfileName() {
    return getAtt("CreatedBy.UserProfileName");
  }

  /**
   * The date and time the model card was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The domain associated with the user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy.DomainId}.
   */
  public Value<String> lastModifiedByDomainId() {
    return getAtt("LastModifiedBy.DomainId");
  }

  /**
   * The Amazon Resource Name (ARN) of the user's profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy.UserProfileArn}.
   */
  public Value<String> lastModifiedByUserProfileArn() {
    return getAtt("LastModifiedBy.UserProfileArn");
  }

  /**
   * The name of the user's profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedBy.UserProfileName}.
   */
  public Value<String> lastModifiedByUserProfileName() {
    return getAtt("LastModifiedBy.UserProfileName");
  }

  /**
   * The date and time the model card was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The Amazon Resource Number (ARN) of the model card. For example,
   * <code>arn:aws:sagemaker:us-west-2:012345678901:modelcard/examplemodelcard</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelCardArn}.
   */
  public Value<String> modelCardArn() {
    return getAtt("ModelCardArn");
  }

  /**
   * The processing status of model card deletion. The ModelCardProcessingStatus updates throughout
   * the different deletion steps.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelCardProcessingStatus}.
   */
  public Value<String> modelCardProcessingStatus() {
    return getAtt("ModelCardProcessingStatus");
  }

  /**
   * A version of the model card.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModelCardVersion}.
   */
  public Value<Integer> modelCardVersion() {
    return getAtt("ModelCardVersion");
  }

  /**
   * Additional information about the model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.AdditionalInformation}.
   */
  public static final class AdditionalInformation extends Struct<AdditionalInformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.AdditionalInformation")
        .constrain("CaveatsAndRecommendations", Constraint.of().maxLength(2048))
        .constrain("EthicalConsiderations", Constraint.of().maxLength(2048))
        .build();

    public AdditionalInformation() {
      super(SCHEMA);
    }

    /**
     * Caveats and recommendations for those who might use this model in their applications.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code
     * CaveatsAndRecommendations}.
     */
    public AdditionalInformation caveatsAndRecommendations(String value) {
      return set("CaveatsAndRecommendations", Value.of(value));
    }

    /**
     * Sets {@code CaveatsAndRecommendations} to this value; see {@link
     * #caveatsAndRecommendations(String)}.
     */
    public AdditionalInformation caveatsAndRecommendations(Value<String> value) {
      return set("CaveatsAndRecommendations", value);
    }

    /**
     * Any additional information to document about the model.
     *
     * <p>CloudFormation property {@code CustomDetails}.
     */
    public AdditionalInformation customDetails(Map<String, String> value) {
      return set("CustomDetails", Value.mapOf(value));
    }

    /** Sets {@code CustomDetails} to this value; see {@link #customDetails(Map)}. */
    public AdditionalInformation customDetails(Value<Map<String, String>> value) {
      return set("CustomDetails", value);
    }

    /**
     * Any ethical considerations documented by the model card author.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code EthicalConsiderations}.
     */
    public AdditionalInformation ethicalConsiderations(String value) {
      return set("EthicalConsiderations", Value.of(value));
    }

    /**
     * Sets {@code EthicalConsiderations} to this value; see {@link #ethicalConsiderations(String)}.
     */
    public AdditionalInformation ethicalConsiderations(Value<String> value) {
      return set("EthicalConsiderations", value);
    }
  }

  /**
   * Information about how the model supports business goals.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.BusinessDetails}.
   */
  public static final class BusinessDetails extends Struct<BusinessDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.BusinessDetails")
        .constrain("BusinessProblem", Constraint.of().maxLength(2048))
        .constrain("BusinessStakeholders", Constraint.of().maxLength(2048))
        .constrain("LineOfBusiness", Constraint.of().maxLength(2048))
        .build();

    public BusinessDetails() {
      super(SCHEMA);
    }

    /**
     * The specific business problem that the model is trying to solve.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code BusinessProblem}.
     */
    public BusinessDetails businessProblem(String value) {
      return set("BusinessProblem", Value.of(value));
    }

    /** Sets {@code BusinessProblem} to this value; see {@link #businessProblem(String)}. */
    public BusinessDetails businessProblem(Value<String> value) {
      return set("BusinessProblem", value);
    }

    /**
     * The relevant stakeholders for the model.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code BusinessStakeholders}.
     */
    public BusinessDetails businessStakeholders(String value) {
      return set("BusinessStakeholders", Value.of(value));
    }

    /**
     * Sets {@code BusinessStakeholders} to this value; see {@link #businessStakeholders(String)}.
     */
    public BusinessDetails businessStakeholders(Value<String> value) {
      return set("BusinessStakeholders", value);
    }

    /**
     * The broader business need that the model is serving.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code LineOfBusiness}.
     */
    public BusinessDetails lineOfBusiness(String value) {
      return set("LineOfBusiness", Value.of(value));
    }

    /** Sets {@code LineOfBusiness} to this value; see {@link #lineOfBusiness(String)}. */
    public BusinessDetails lineOfBusiness(Value<String> value) {
      return set("LineOfBusiness", value);
    }
  }

  /** Property type {@code AWS::SageMaker::ModelCard.Container}. */
  public static final class Container extends Struct<Container> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.Container")
        .required("Image")
        .constrain("Image", Constraint.of().maxLength(255))
        .constrain("ModelDataUrl", Constraint.of().maxLength(1024))
        .build();

    public Container() {
      super(SCHEMA);
    }

    /**
     * Inference environment path. The Amazon EC2 Container Registry (Amazon ECR) path where
     * inference code is stored.
     *
     * <p>Required. Length: at most 255 characters. CloudFormation property {@code Image}.
     */
    public Container image(String value) {
      return set("Image", Value.of(value));
    }

    /** Sets {@code Image} to this value; see {@link #image(String)}. */
    public Container image(Value<String> value) {
      return set("Image", value);
    }

    /**
     * The Amazon S3 path where the model artifacts, which result from model training, are stored.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelDataUrl}.
     */
    public Container modelDataUrl(String value) {
      return set("ModelDataUrl", Value.of(value));
    }

    /** Sets {@code ModelDataUrl} to this value; see {@link #modelDataUrl(String)}. */
    public Container modelDataUrl(Value<String> value) {
      return set("ModelDataUrl", value);
    }

    /**
     * The name of a pre-trained machine learning benchmarked by Amazon SageMaker Inference
     * Recommender model that matches your model.
     *
     * <p>CloudFormation property {@code NearestModelName}.
     */
    public Container nearestModelName(String value) {
      return set("NearestModelName", Value.of(value));
    }

    /** Sets {@code NearestModelName} to this value; see {@link #nearestModelName(String)}. */
    public Container nearestModelName(Value<String> value) {
      return set("NearestModelName", value);
    }
  }

  /**
   * The content of the model card. It follows the <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-cards.html#model-cards-json-schema">model
   * card json schema</a> .
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.Content}.
   */
  public static final class Content extends Struct<Content> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelCard.Content");

    public Content() {
      super(SCHEMA);
    }

    /**
     * Additional information about the model.
     *
     * <p>CloudFormation property {@code AdditionalInformation}.
     */
    public Content additionalInformation(Value<AdditionalInformation> value) {
      return set("AdditionalInformation", value);
    }

    /**
     * Information about how the model supports business goals.
     *
     * <p>CloudFormation property {@code BusinessDetails}.
     */
    public Content businessDetails(Value<BusinessDetails> value) {
      return set("BusinessDetails", value);
    }

    /**
     * An overview about the model's evaluation.
     *
     * <p>CloudFormation property {@code EvaluationDetails}.
     */
    public Content evaluationDetails(List<EvaluationDetail> value) {
      return set("EvaluationDetails", Value.listOf(value));
    }

    /** Sets {@code EvaluationDetails} to this value; see {@link #evaluationDetails(List)}. */
    public Content evaluationDetails(Value<List<EvaluationDetail>> value) {
      return set("EvaluationDetails", value);
    }

    /** Sets {@code EvaluationDetails} to a list of these; see {@link #evaluationDetails(List)}. */
    public Content evaluationDetails(EvaluationDetail... values) {
      return set("EvaluationDetails", Value.list(values));
    }

    /**
     * The intended usage of the model.
     *
     * <p>CloudFormation property {@code IntendedUses}.
     */
    public Content intendedUses(Value<IntendedUses> value) {
      return set("IntendedUses", value);
    }

    /**
     * An overview about the model
     *
     * <p>CloudFormation property {@code ModelOverview}.
     */
    public Content modelOverview(Value<ModelOverview> value) {
      return set("ModelOverview", value);
    }

    /**
     * Metadata information related to model package version
     *
     * <p>CloudFormation property {@code ModelPackageDetails}.
     */
    public Content modelPackageDetails(Value<ModelPackageDetails> value) {
      return set("ModelPackageDetails", value);
    }

    /**
     * An overview about model training.
     *
     * <p>CloudFormation property {@code TrainingDetails}.
     */
    public Content trainingDetails(Value<TrainingDetails> value) {
      return set("TrainingDetails", value);
    }
  }

  /**
   * The evaluation details of the model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.EvaluationDetail}.
   */
  public static final class EvaluationDetail extends Struct<EvaluationDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.EvaluationDetail")
        .required("Name")
        .constrain("Datasets", Constraint.of().maxLength(1024))
        .constrain("EvaluationJobArn", Constraint.of().maxLength(256))
        .constrain("EvaluationObservation", Constraint.of().maxLength(2096))
        .constrain("Name", Constraint.of().pattern(".{1,63}"))
        .build();

    public EvaluationDetail() {
      super(SCHEMA);
    }

    /**
     * The location of the datasets used to evaluate the model.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code Datasets}.
     */
    public EvaluationDetail datasets(List<String> value) {
      return set("Datasets", Value.listOf(value));
    }

    /** Sets {@code Datasets} to this value; see {@link #datasets(List)}. */
    public EvaluationDetail datasets(Value<List<String>> value) {
      return set("Datasets", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the evaluation job.
     *
     * <p>Length: at most 256 characters. CloudFormation property {@code EvaluationJobArn}.
     */
    public EvaluationDetail evaluationJobArn(String value) {
      return set("EvaluationJobArn", Value.of(value));
    }

    /** Sets {@code EvaluationJobArn} to this value; see {@link #evaluationJobArn(String)}. */
    public EvaluationDetail evaluationJobArn(Value<String> value) {
      return set("EvaluationJobArn", value);
    }

    /**
     * Any observations made during the model evaluation.
     *
     * <p>Length: at most 2096 characters. CloudFormation property {@code EvaluationObservation}.
     */
    public EvaluationDetail evaluationObservation(String value) {
      return set("EvaluationObservation", Value.of(value));
    }

    /**
     * Sets {@code EvaluationObservation} to this value; see {@link #evaluationObservation(String)}.
     */
    public EvaluationDetail evaluationObservation(Value<String> value) {
      return set("EvaluationObservation", value);
    }

    /**
     * Additional attributes associated with the evaluation results.
     *
     * <p>CloudFormation property {@code Metadata}.
     */
    public EvaluationDetail metadata(Map<String, String> value) {
      return set("Metadata", Value.mapOf(value));
    }

    /** Sets {@code Metadata} to this value; see {@link #metadata(Map)}. */
    public EvaluationDetail metadata(Value<Map<String, String>> value) {
      return set("Metadata", value);
    }

    /**
     * An evaluation Metric Group object.
     *
     * <p>CloudFormation property {@code MetricGroups}.
     */
    public EvaluationDetail metricGroups(List<MetricGroup> value) {
      return set("MetricGroups", Value.listOf(value));
    }

    /** Sets {@code MetricGroups} to this value; see {@link #metricGroups(List)}. */
    public EvaluationDetail metricGroups(Value<List<MetricGroup>> value) {
      return set("MetricGroups", value);
    }

    /** Sets {@code MetricGroups} to a list of these; see {@link #metricGroups(List)}. */
    public EvaluationDetail metricGroups(MetricGroup... values) {
      return set("MetricGroups", Value.list(values));
    }

    /**
     * The evaluation job name.
     *
     * <p>Required. Pattern: {@code .{1,63}}. CloudFormation property {@code Name}.
     */
    public EvaluationDetail name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EvaluationDetail name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Function details.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.Function}.
   */
  public static final class Function extends Struct<Function> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.Function")
        .constrain("Condition", Constraint.of().maxLength(63))
        .constrain("Facet", Constraint.of().maxLength(63))
        .allowed("Function", "Maximize", "Minimize")
        .build();

    public Function() {
      super(SCHEMA);
    }

    /**
     * An optional description of any conditions of your objective function metric.
     *
     * <p>Length: at most 63 characters. CloudFormation property {@code Condition}.
     */
    public Function condition(String value) {
      return set("Condition", Value.of(value));
    }

    /** Sets {@code Condition} to this value; see {@link #condition(String)}. */
    public Function condition(Value<String> value) {
      return set("Condition", value);
    }

    /**
     * The metric of the model's objective function. For example, <em>loss</em> or <em>rmse</em> .
     * The following list shows examples of the values that you can specify for the metric:
     *
     * <ul> <li><code>ACCURACY</code> <li><code>AUC</code> <li><code>LOSS</code>
     * <li><code>MAE</code> <li><code>RMSE</code> </ul>
     *
     * <p>Length: at most 63 characters. CloudFormation property {@code Facet}.
     */
    public Function facet(String value) {
      return set("Facet", Value.of(value));
    }

    /** Sets {@code Facet} to this value; see {@link #facet(String)}. */
    public Function facet(Value<String> value) {
      return set("Facet", value);
    }

    /**
     * The optimization direction of the model's objective function. You must specify one of the
     * following values:
     *
     * <ul> <li><code>Maximize</code> <li><code>Minimize</code> </ul>
     *
     * <p>Allowed values: {@code Maximize}, {@code Minimize}. CloudFormation property {@code
     * Function}.
     */
    public Function function(String value) {
      return set("Function", Value.of(value));
    }

    /** Sets {@code Function} to this value; see {@link #function(String)}. */
    public Function function(Value<String> value) {
      return set("Function", value);
    }
  }

  /**
   * An overview of a model's inference environment.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.InferenceEnvironment}.
   */
  public static final class InferenceEnvironment extends Struct<InferenceEnvironment> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.InferenceEnvironment")
        .constrain("ContainerImage", Constraint.of().maxLength(1024))
        .build();

    public InferenceEnvironment() {
      super(SCHEMA);
    }

    /**
     * The container used to run the inference environment.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ContainerImage}.
     */
    public InferenceEnvironment containerImage(List<String> value) {
      return set("ContainerImage", Value.listOf(value));
    }

    /** Sets {@code ContainerImage} to this value; see {@link #containerImage(List)}. */
    public InferenceEnvironment containerImage(Value<List<String>> value) {
      return set("ContainerImage", value);
    }
  }

  /**
   * Defines how to perform inference generation after a training job is run.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.InferenceSpecification}.
   */
  public static final class InferenceSpecification extends Struct<InferenceSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.InferenceSpecification")
        .required("Containers")
        .build();

    public InferenceSpecification() {
      super(SCHEMA);
    }

    /**
     * The Amazon ECR registry path of the Docker image that contains the inference code.
     *
     * <p>Required. CloudFormation property {@code Containers}.
     */
    public InferenceSpecification containers(List<Container> value) {
      return set("Containers", Value.listOf(value));
    }

    /** Sets {@code Containers} to this value; see {@link #containers(List)}. */
    public InferenceSpecification containers(Value<List<Container>> value) {
      return set("Containers", value);
    }

    /** Sets {@code Containers} to a list of these; see {@link #containers(List)}. */
    public InferenceSpecification containers(Container... values) {
      return set("Containers", Value.list(values));
    }
  }

  /**
   * The intended uses of a model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.IntendedUses}.
   */
  public static final class IntendedUses extends Struct<IntendedUses> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.IntendedUses")
        .constrain("ExplanationsForRiskRating", Constraint.of().maxLength(2048))
        .constrain("FactorsAffectingModelEfficiency", Constraint.of().maxLength(2048))
        .constrain("IntendedUses", Constraint.of().maxLength(2048))
        .constrain("PurposeOfModel", Constraint.of().maxLength(2048))
        .allowed("RiskRating", "High", "Medium", "Low", "Unknown")
        .build();

    public IntendedUses() {
      super(SCHEMA);
    }

    /**
     * An explanation of why your organization categorizes the model with its risk rating.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code
     * ExplanationsForRiskRating}.
     */
    public IntendedUses explanationsForRiskRating(String value) {
      return set("ExplanationsForRiskRating", Value.of(value));
    }

    /**
     * Sets {@code ExplanationsForRiskRating} to this value; see {@link
     * #explanationsForRiskRating(String)}.
     */
    public IntendedUses explanationsForRiskRating(Value<String> value) {
      return set("ExplanationsForRiskRating", value);
    }

    /**
     * Factors affecting model efficacy.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code
     * FactorsAffectingModelEfficiency}.
     */
    public IntendedUses factorsAffectingModelEfficiency(String value) {
      return set("FactorsAffectingModelEfficiency", Value.of(value));
    }

    /**
     * Sets {@code FactorsAffectingModelEfficiency} to this value; see {@link
     * #factorsAffectingModelEfficiency(String)}.
     */
    public IntendedUses factorsAffectingModelEfficiency(Value<String> value) {
      return set("FactorsAffectingModelEfficiency", value);
    }

    /**
     * The intended use cases for the model.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code IntendedUses}.
     */
    public IntendedUses intendedUses(String value) {
      return set("IntendedUses", Value.of(value));
    }

    /** Sets {@code IntendedUses} to this value; see {@link #intendedUses(String)}. */
    public IntendedUses intendedUses(Value<String> value) {
      return set("IntendedUses", value);
    }

    /**
     * The general purpose of the model.
     *
     * <p>Length: at most 2048 characters. CloudFormation property {@code PurposeOfModel}.
     */
    public IntendedUses purposeOfModel(String value) {
      return set("PurposeOfModel", Value.of(value));
    }

    /** Sets {@code PurposeOfModel} to this value; see {@link #purposeOfModel(String)}. */
    public IntendedUses purposeOfModel(Value<String> value) {
      return set("PurposeOfModel", value);
    }

    /**
     * Your organization's risk rating. You can specify one the following values as the risk rating:
     *
     * <ul> <li>High <li>Medium <li>Low <li>Unknown </ul>
     *
     * <p>Allowed values: {@code High}, {@code Medium}, {@code Low}, {@code Unknown}. CloudFormation
     * property {@code RiskRating}.
     */
    public IntendedUses riskRating(String value) {
      return set("RiskRating", Value.of(value));
    }

    /** Sets {@code RiskRating} to this value; see {@link #riskRating(String)}. */
    public IntendedUses riskRating(Value<String> value) {
      return set("RiskRating", value);
    }
  }

  /**
   * Metric data. The <code>type</code> determines the data types that you specify for
   * <code>value</code> , <code>XAxisName</code> and <code>YAxisName</code> . For information about
   * specifying values for metrics, see <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-cards.html#model-cards-json-schema">model
   * card JSON schema</a> .
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.MetricDataItems}.
   */
  public static final class MetricDataItems extends Struct<MetricDataItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.MetricDataItems")
        .required("Name", "Type", "Value")
        .allowed("Type", "number", "string", "boolean", "linear_graph", "bar_chart", "matrix")
        .build();

    public MetricDataItems() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Name}. */
    public MetricDataItems name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MetricDataItems name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code Notes}. */
    public MetricDataItems notes(String value) {
      return set("Notes", Value.of(value));
    }

    /** Sets {@code Notes} to this value; see {@link #notes(String)}. */
    public MetricDataItems notes(Value<String> value) {
      return set("Notes", value);
    }

    /**
     * Required. Allowed values: {@code number}, {@code string}, {@code boolean}, {@code
     * linear_graph}, {@code bar_chart}, {@code matrix}. CloudFormation property {@code Type}.
     */
    public MetricDataItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public MetricDataItems type(Value<String> value) {
      return set("Type", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public MetricDataItems value(Value<Json> value) {
      return set("Value", value);
    }

    /** CloudFormation property {@code XAxisName}. */
    public MetricDataItems xAxisName(List<String> value) {
      return set("XAxisName", Value.listOf(value));
    }

    /** Sets {@code XAxisName} to this value; see {@link #xAxisName(List)}. */
    public MetricDataItems xAxisName(Value<List<String>> value) {
      return set("XAxisName", value);
    }

    /** CloudFormation property {@code YAxisName}. */
    public MetricDataItems yAxisName(List<String> value) {
      return set("YAxisName", Value.listOf(value));
    }

    /** Sets {@code YAxisName} to this value; see {@link #yAxisName(List)}. */
    public MetricDataItems yAxisName(Value<List<String>> value) {
      return set("YAxisName", value);
    }
  }

  /**
   * A group of metric data that you use to initialize a metric group object.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.MetricGroup}.
   */
  public static final class MetricGroup extends Struct<MetricGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.MetricGroup")
        .required("MetricData", "Name")
        .constrain("Name", Constraint.of().pattern(".{1,63}"))
        .build();

    public MetricGroup() {
      super(SCHEMA);
    }

    /**
     * A list of metric objects. The <code>MetricDataItems</code> list can have one of the following
     * values:
     *
     * <ul> <li><code>bar_chart_metric</code> <li><code>matrix_metric</code>
     * <li><code>simple_metric</code> <li><code>linear_graph_metric</code> </ul>
     *
     * <p>For more information about the metric schema, see the definition section of the <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/dg/model-cards.html#model-cards-json-schema">model
     * card JSON schema</a> .
     *
     * <p>Required. CloudFormation property {@code MetricData}.
     */
    public MetricGroup metricData(List<MetricDataItems> value) {
      return set("MetricData", Value.listOf(value));
    }

    /** Sets {@code MetricData} to this value; see {@link #metricData(List)}. */
    public MetricGroup metricData(Value<List<MetricDataItems>> value) {
      return set("MetricData", value);
    }

    /** Sets {@code MetricData} to a list of these; see {@link #metricData(List)}. */
    public MetricGroup metricData(MetricDataItems... values) {
      return set("MetricData", Value.list(values));
    }

    /**
     * The metric group name.
     *
     * <p>Required. Pattern: {@code .{1,63}}. CloudFormation property {@code Name}.
     */
    public MetricGroup name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MetricGroup name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * An overview about the model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.ModelOverview}.
   */
  public static final class ModelOverview extends Struct<ModelOverview> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.ModelOverview")
        .constrain("AlgorithmType", Constraint.of().maxLength(1024))
        .constrain("ModelArtifact", Constraint.of().maxLength(1024))
        .constrain("ModelCreator", Constraint.of().maxLength(1024))
        .constrain("ModelDescription", Constraint.of().maxLength(1024))
        .constrain("ModelId", Constraint.of().maxLength(1024))
        .constrain("ModelName", Constraint.of().maxLength(1024))
        .constrain("ModelOwner", Constraint.of().maxLength(1024))
        .constrain("ModelVersion", Constraint.of().minimum(1))
        .constrain("ProblemType", Constraint.of().maxLength(1024))
        .build();

    public ModelOverview() {
      super(SCHEMA);
    }

    /**
     * The algorithm used to solve the problem.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code AlgorithmType}.
     */
    public ModelOverview algorithmType(String value) {
      return set("AlgorithmType", Value.of(value));
    }

    /** Sets {@code AlgorithmType} to this value; see {@link #algorithmType(String)}. */
    public ModelOverview algorithmType(Value<String> value) {
      return set("AlgorithmType", value);
    }

    /**
     * An overview about model inference.
     *
     * <p>CloudFormation property {@code InferenceEnvironment}.
     */
    public ModelOverview inferenceEnvironment(Value<InferenceEnvironment> value) {
      return set("InferenceEnvironment", value);
    }

    /**
     * The location of the model artifact.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelArtifact}.
     */
    public ModelOverview modelArtifact(List<String> value) {
      return set("ModelArtifact", Value.listOf(value));
    }

    /** Sets {@code ModelArtifact} to this value; see {@link #modelArtifact(List)}. */
    public ModelOverview modelArtifact(Value<List<String>> value) {
      return set("ModelArtifact", value);
    }

    /**
     * The creator of the model.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelCreator}.
     */
    public ModelOverview modelCreator(String value) {
      return set("ModelCreator", Value.of(value));
    }

    /** Sets {@code ModelCreator} to this value; see {@link #modelCreator(String)}. */
    public ModelOverview modelCreator(Value<String> value) {
      return set("ModelCreator", value);
    }

    /**
     * A description of the model.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelDescription}.
     */
    public ModelOverview modelDescription(String value) {
      return set("ModelDescription", Value.of(value));
    }

    /** Sets {@code ModelDescription} to this value; see {@link #modelDescription(String)}. */
    public ModelOverview modelDescription(Value<String> value) {
      return set("ModelDescription", value);
    }

    /**
     * The SageMaker AI Model ARN or non- SageMaker AI Model ID.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelId}.
     */
    public ModelOverview modelId(String value) {
      return set("ModelId", Value.of(value));
    }

    /** Sets {@code ModelId} to this value; see {@link #modelId(String)}. */
    public ModelOverview modelId(Value<String> value) {
      return set("ModelId", value);
    }

    /**
     * The name of the model.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelName}.
     */
    public ModelOverview modelName(String value) {
      return set("ModelName", Value.of(value));
    }

    /** Sets {@code ModelName} to this value; see {@link #modelName(String)}. */
    public ModelOverview modelName(Value<String> value) {
      return set("ModelName", value);
    }

    /**
     * The owner of the model.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelOwner}.
     */
    public ModelOverview modelOwner(String value) {
      return set("ModelOwner", Value.of(value));
    }

    /** Sets {@code ModelOwner} to this value; see {@link #modelOwner(String)}. */
    public ModelOverview modelOwner(Value<String> value) {
      return set("ModelOwner", value);
    }

    /**
     * The version of the model.
     *
     * <p>Range: at least 1. CloudFormation property {@code ModelVersion}.
     */
    public ModelOverview modelVersion(double value) {
      return set("ModelVersion", Value.of(value));
    }

    /** Sets {@code ModelVersion} to this value; see {@link #modelVersion(double)}. */
    public ModelOverview modelVersion(Value<Double> value) {
      return set("ModelVersion", value);
    }

    /**
     * The problem being solved with the model.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ProblemType}.
     */
    public ModelOverview problemType(String value) {
      return set("ProblemType", Value.of(value));
    }

    /** Sets {@code ProblemType} to this value; see {@link #problemType(String)}. */
    public ModelOverview problemType(Value<String> value) {
      return set("ProblemType", value);
    }
  }

  /** Property type {@code AWS::SageMaker::ModelCard.ModelPackageCreator}. */
  public static final class ModelPackageCreator extends Struct<ModelPackageCreator> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.ModelPackageCreator")
        .constrain("UserProfileName", Constraint.of().maxLength(63))
        .build();

    public ModelPackageCreator() {
      super(SCHEMA);
    }

    /**
     * The name of the user's profile in Studio
     *
     * <p>Length: at most 63 characters. CloudFormation property {@code UserProfileName}.
     */
    public ModelPackageCreator userProfileName(String value) {
      return set("UserProfileName", Value.of(value));
    }

    /** Sets {@code UserProfileName} to this value; see {@link #userProfileName(String)}. */
    public ModelPackageCreator userProfileName(Value<String> value) {
      return set("UserProfileName", value);
    }
  }

  /**
   * Metadata information related to model package version
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.ModelPackageDetails}.
   */
  public static final class ModelPackageDetails extends Struct<ModelPackageDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.ModelPackageDetails")
        .constrain("ApprovalDescription", Constraint.of().maxLength(1024))
        .allowed("ModelApprovalStatus", "Approved", "Rejected", "PendingManualApproval")
        .constrain("ModelPackageArn", Constraint.of().minLength(1).maxLength(2048))
        .constrain("ModelPackageDescription", Constraint.of().maxLength(1024))
        .constrain("ModelPackageGroupName", Constraint.of().minLength(1).maxLength(63))
        .constrain("ModelPackageName", Constraint.of().minLength(1).maxLength(63))
        .allowed("ModelPackageStatus", "Pending", "InProgress", "Completed", "Failed", "Deleting")
        .constrain("ModelPackageVersion", Constraint.of().minimum(1))
        .build();

    public ModelPackageDetails() {
      super(SCHEMA);
    }

    /**
     * A description provided for the model approval
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ApprovalDescription}.
     */
    public ModelPackageDetails approvalDescription(String value) {
      return set("ApprovalDescription", Value.of(value));
    }

    /** Sets {@code ApprovalDescription} to this value; see {@link #approvalDescription(String)}. */
    public ModelPackageDetails approvalDescription(Value<String> value) {
      return set("ApprovalDescription", value);
    }

    /** CloudFormation property {@code CreatedBy}. */
    public ModelPackageDetails createdBy(Value<ModelPackageCreator> value) {
      return set("CreatedBy", value);
    }

    /**
     * The machine learning domain of the model package you specified. Common machine learning
     * domains include computer vision and natural language processing.
     *
     * <p>CloudFormation property {@code Domain}.
     */
    public ModelPackageDetails domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public ModelPackageDetails domain(Value<String> value) {
      return set("Domain", value);
    }

    /** CloudFormation property {@code InferenceSpecification}. */
    public ModelPackageDetails inferenceSpecification(Value<InferenceSpecification> value) {
      return set("InferenceSpecification", value);
    }

    /**
     * Current approval status of model package
     *
     * <p>Allowed values: {@code Approved}, {@code Rejected}, {@code PendingManualApproval}.
     * CloudFormation property {@code ModelApprovalStatus}.
     */
    public ModelPackageDetails modelApprovalStatus(String value) {
      return set("ModelApprovalStatus", Value.of(value));
    }

    /** Sets {@code ModelApprovalStatus} to this value; see {@link #modelApprovalStatus(String)}. */
    public ModelPackageDetails modelApprovalStatus(Value<String> value) {
      return set("ModelApprovalStatus", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the model package
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code ModelPackageArn}.
     */
    public ModelPackageDetails modelPackageArn(String value) {
      return set("ModelPackageArn", Value.of(value));
    }

    /** Sets {@code ModelPackageArn} to this value; see {@link #modelPackageArn(String)}. */
    public ModelPackageDetails modelPackageArn(Value<String> value) {
      return set("ModelPackageArn", value);
    }

    /**
     * A brief summary of the model package
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelPackageDescription}.
     */
    public ModelPackageDetails modelPackageDescription(String value) {
      return set("ModelPackageDescription", Value.of(value));
    }

    /**
     * Sets {@code ModelPackageDescription} to this value; see {@link
     * #modelPackageDescription(String)}.
     */
    public ModelPackageDetails modelPackageDescription(Value<String> value) {
      return set("ModelPackageDescription", value);
    }

    /**
     * If the model is a versioned model, the name of the model group that the versioned model
     * belongs to.
     *
     * <p>Length: 1 to 63 characters. CloudFormation property {@code ModelPackageGroupName}.
     */
    public ModelPackageDetails modelPackageGroupName(String value) {
      return set("ModelPackageGroupName", Value.of(value));
    }

    /**
     * Sets {@code ModelPackageGroupName} to this value; see {@link #modelPackageGroupName(String)}.
     */
    public ModelPackageDetails modelPackageGroupName(Value<String> value) {
      return set("ModelPackageGroupName", value);
    }

    /**
     * Name of the model package
     *
     * <p>Length: 1 to 63 characters. CloudFormation property {@code ModelPackageName}.
     */
    public ModelPackageDetails modelPackageName(String value) {
      return set("ModelPackageName", Value.of(value));
    }

    /** Sets {@code ModelPackageName} to this value; see {@link #modelPackageName(String)}. */
    public ModelPackageDetails modelPackageName(Value<String> value) {
      return set("ModelPackageName", value);
    }

    /**
     * Current status of model package
     *
     * <p>Allowed values: {@code Pending}, {@code InProgress}, {@code Completed}, {@code Failed},
     * {@code Deleting}. CloudFormation property {@code ModelPackageStatus}.
     */
    public ModelPackageDetails modelPackageStatus(String value) {
      return set("ModelPackageStatus", Value.of(value));
    }

    /** Sets {@code ModelPackageStatus} to this value; see {@link #modelPackageStatus(String)}. */
    public ModelPackageDetails modelPackageStatus(Value<String> value) {
      return set("ModelPackageStatus", value);
    }

    /**
     * Version of the model package
     *
     * <p>Range: at least 1. CloudFormation property {@code ModelPackageVersion}.
     */
    public ModelPackageDetails modelPackageVersion(double value) {
      return set("ModelPackageVersion", Value.of(value));
    }

    /** Sets {@code ModelPackageVersion} to this value; see {@link #modelPackageVersion(double)}. */
    public ModelPackageDetails modelPackageVersion(Value<Double> value) {
      return set("ModelPackageVersion", value);
    }

    /** CloudFormation property {@code SourceAlgorithms}. */
    public ModelPackageDetails sourceAlgorithms(List<SourceAlgorithm> value) {
      return set("SourceAlgorithms", Value.listOf(value));
    }

    /** Sets {@code SourceAlgorithms} to this value; see {@link #sourceAlgorithms(List)}. */
    public ModelPackageDetails sourceAlgorithms(Value<List<SourceAlgorithm>> value) {
      return set("SourceAlgorithms", value);
    }

    /** Sets {@code SourceAlgorithms} to a list of these; see {@link #sourceAlgorithms(List)}. */
    public ModelPackageDetails sourceAlgorithms(SourceAlgorithm... values) {
      return set("SourceAlgorithms", Value.list(values));
    }

    /**
     * The machine learning task you specified that your model package accomplishes. Common machine
     * learning tasks include object detection and image classification.
     *
     * <p>CloudFormation property {@code Task}.
     */
    public ModelPackageDetails task(String value) {
      return set("Task", Value.of(value));
    }

    /** Sets {@code Task} to this value; see {@link #task(String)}. */
    public ModelPackageDetails task(Value<String> value) {
      return set("Task", value);
    }
  }

  /**
   * The function that is optimized during model training.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.ObjectiveFunction}.
   */
  public static final class ObjectiveFunction extends Struct<ObjectiveFunction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.ObjectiveFunction")
        .constrain("Notes", Constraint.of().maxLength(1024))
        .build();

    public ObjectiveFunction() {
      super(SCHEMA);
    }

    /**
     * A function object that details optimization direction, metric, and additional descriptions.
     *
     * <p>CloudFormation property {@code Function}.
     */
    public ObjectiveFunction function(Value<Function> value) {
      return set("Function", value);
    }

    /**
     * Notes about the object function, including other considerations for possible objective
     * functions.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code Notes}.
     */
    public ObjectiveFunction notes(String value) {
      return set("Notes", Value.of(value));
    }

    /** Sets {@code Notes} to this value; see {@link #notes(String)}. */
    public ObjectiveFunction notes(Value<String> value) {
      return set("Notes", value);
    }
  }

  /**
   * The security configuration used to protect model card data.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.SecurityConfig}.
   */
  public static final class SecurityConfig extends Struct<SecurityConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelCard.SecurityConfig");

    public SecurityConfig() {
      super(SCHEMA);
    }

    /**
     * A AWS Key Management Service <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-id">key
     * ID</a> used to encrypt a model card.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public SecurityConfig kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public SecurityConfig kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }
  }

  /**
   * Specifies an algorithm that was used to create the model package. The algorithm must be either
   * an algorithm resource in your SageMaker account or an algorithm in AWS Marketplace that you are
   * subscribed to.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.SourceAlgorithm}.
   */
  public static final class SourceAlgorithm extends Struct<SourceAlgorithm> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.SourceAlgorithm")
        .required("AlgorithmName")
        .constrain("AlgorithmName", Constraint.of().maxLength(170))
        .constrain("ModelDataUrl", Constraint.of().maxLength(1024))
        .build();

    public SourceAlgorithm() {
      super(SCHEMA);
    }

    /**
     * The name of an algorithm that was used to create the model package. The algorithm must be
     * either an algorithm resource in your SageMaker account or an algorithm in AWS Marketplace
     * that you are subscribed to.
     *
     * <p>Required. Length: at most 170 characters. CloudFormation property {@code AlgorithmName}.
     */
    public SourceAlgorithm algorithmName(String value) {
      return set("AlgorithmName", Value.of(value));
    }

    /** Sets {@code AlgorithmName} to this value; see {@link #algorithmName(String)}. */
    public SourceAlgorithm algorithmName(Value<String> value) {
      return set("AlgorithmName", value);
    }

    /**
     * The Amazon S3 path where the model artifacts, which result from model training, are stored.
     * This path must point to a single <code>gzip</code> compressed tar archive (
     * <code>.tar.gz</code> suffix).
     *
     * <p>The model artifacts must be in an S3 bucket that is in the same AWS region as the
     * algorithm.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ModelDataUrl}.
     */
    public SourceAlgorithm modelDataUrl(String value) {
      return set("ModelDataUrl", Value.of(value));
    }

    /** Sets {@code ModelDataUrl} to this value; see {@link #modelDataUrl(String)}. */
    public SourceAlgorithm modelDataUrl(Value<String> value) {
      return set("ModelDataUrl", value);
    }
  }

  /**
   * The training details of the model
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.TrainingDetails}.
   */
  public static final class TrainingDetails extends Struct<TrainingDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.TrainingDetails")
        .constrain("TrainingObservations", Constraint.of().maxLength(1024))
        .build();

    public TrainingDetails() {
      super(SCHEMA);
    }

    /**
     * The function that is optimized during model training.
     *
     * <p>CloudFormation property {@code ObjectiveFunction}.
     */
    public TrainingDetails objectiveFunction(Value<ObjectiveFunction> value) {
      return set("ObjectiveFunction", value);
    }

    /**
     * Details about any associated training jobs.
     *
     * <p>CloudFormation property {@code TrainingJobDetails}.
     */
    public TrainingDetails trainingJobDetails(Value<TrainingJobDetails> value) {
      return set("TrainingJobDetails", value);
    }

    /**
     * Any observations about training.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code TrainingObservations}.
     */
    public TrainingDetails trainingObservations(String value) {
      return set("TrainingObservations", Value.of(value));
    }

    /**
     * Sets {@code TrainingObservations} to this value; see {@link #trainingObservations(String)}.
     */
    public TrainingDetails trainingObservations(Value<String> value) {
      return set("TrainingObservations", value);
    }
  }

  /**
   * SageMaker AI training image.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.TrainingEnvironment}.
   */
  public static final class TrainingEnvironment extends Struct<TrainingEnvironment> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.TrainingEnvironment")
        .constrain("ContainerImage", Constraint.of().maxLength(1024))
        .build();

    public TrainingEnvironment() {
      super(SCHEMA);
    }

    /**
     * SageMaker AI inference image URI.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ContainerImage}.
     */
    public TrainingEnvironment containerImage(List<String> value) {
      return set("ContainerImage", Value.listOf(value));
    }

    /** Sets {@code ContainerImage} to this value; see {@link #containerImage(List)}. */
    public TrainingEnvironment containerImage(Value<List<String>> value) {
      return set("ContainerImage", value);
    }
  }

  /**
   * A hyper parameter that was configured in training the model.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.TrainingHyperParameter}.
   */
  public static final class TrainingHyperParameter extends Struct<TrainingHyperParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.TrainingHyperParameter")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern(".{1,255}"))
        .constrain("Value", Constraint.of().pattern(".{1,255}"))
        .build();

    public TrainingHyperParameter() {
      super(SCHEMA);
    }

    /**
     * The name of the hyper parameter.
     *
     * <p>Required. Pattern: {@code .{1,255}}. CloudFormation property {@code Name}.
     */
    public TrainingHyperParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TrainingHyperParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value specified for the hyper parameter.
     *
     * <p>Required. Pattern: {@code .{1,255}}. CloudFormation property {@code Value}.
     */
    public TrainingHyperParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TrainingHyperParameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The overview of a training job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.TrainingJobDetails}.
   */
  public static final class TrainingJobDetails extends Struct<TrainingJobDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.TrainingJobDetails")
        .constrain("TrainingArn", Constraint.of().maxLength(1024))
        .constrain("TrainingDatasets", Constraint.of().maxLength(1024))
        .build();

    public TrainingJobDetails() {
      super(SCHEMA);
    }

    /**
     * The hyper parameters used in the training job.
     *
     * <p>CloudFormation property {@code HyperParameters}.
     */
    public TrainingJobDetails hyperParameters(List<TrainingHyperParameter> value) {
      return set("HyperParameters", Value.listOf(value));
    }

    /** Sets {@code HyperParameters} to this value; see {@link #hyperParameters(List)}. */
    public TrainingJobDetails hyperParameters(Value<List<TrainingHyperParameter>> value) {
      return set("HyperParameters", value);
    }

    /** Sets {@code HyperParameters} to a list of these; see {@link #hyperParameters(List)}. */
    public TrainingJobDetails hyperParameters(TrainingHyperParameter... values) {
      return set("HyperParameters", Value.list(values));
    }

    /**
     * The SageMaker AI training job Amazon Resource Name (ARN)
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code TrainingArn}.
     */
    public TrainingJobDetails trainingArn(String value) {
      return set("TrainingArn", Value.of(value));
    }

    /** Sets {@code TrainingArn} to this value; see {@link #trainingArn(String)}. */
    public TrainingJobDetails trainingArn(Value<String> value) {
      return set("TrainingArn", value);
    }

    /**
     * The location of the datasets used to train the model.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code TrainingDatasets}.
     */
    public TrainingJobDetails trainingDatasets(List<String> value) {
      return set("TrainingDatasets", Value.listOf(value));
    }

    /** Sets {@code TrainingDatasets} to this value; see {@link #trainingDatasets(List)}. */
    public TrainingJobDetails trainingDatasets(Value<List<String>> value) {
      return set("TrainingDatasets", value);
    }

    /**
     * The SageMaker AI training job image URI.
     *
     * <p>CloudFormation property {@code TrainingEnvironment}.
     */
    public TrainingJobDetails trainingEnvironment(Value<TrainingEnvironment> value) {
      return set("TrainingEnvironment", value);
    }

    /**
     * The SageMaker AI training job results.
     *
     * <p>CloudFormation property {@code TrainingMetrics}.
     */
    public TrainingJobDetails trainingMetrics(List<TrainingMetric> value) {
      return set("TrainingMetrics", Value.listOf(value));
    }

    /** Sets {@code TrainingMetrics} to this value; see {@link #trainingMetrics(List)}. */
    public TrainingJobDetails trainingMetrics(Value<List<TrainingMetric>> value) {
      return set("TrainingMetrics", value);
    }

    /** Sets {@code TrainingMetrics} to a list of these; see {@link #trainingMetrics(List)}. */
    public TrainingJobDetails trainingMetrics(TrainingMetric... values) {
      return set("TrainingMetrics", Value.list(values));
    }

    /**
     * Additional hyper parameters that you've specified when training the model.
     *
     * <p>CloudFormation property {@code UserProvidedHyperParameters}.
     */
    public TrainingJobDetails userProvidedHyperParameters(List<TrainingHyperParameter> value) {
      return set("UserProvidedHyperParameters", Value.listOf(value));
    }

    /**
     * Sets {@code UserProvidedHyperParameters} to this value; see {@link
     * #userProvidedHyperParameters(List)}.
     */
    public TrainingJobDetails userProvidedHyperParameters(Value<List<TrainingHyperParameter>> value) {
      return set("UserProvidedHyperParameters", value);
    }

    /**
     * Sets {@code UserProvidedHyperParameters} to a list of these; see {@link
     * #userProvidedHyperParameters(List)}.
     */
    public TrainingJobDetails userProvidedHyperParameters(TrainingHyperParameter... values) {
      return set("UserProvidedHyperParameters", Value.list(values));
    }

    /**
     * Custom training job results.
     *
     * <p>CloudFormation property {@code UserProvidedTrainingMetrics}.
     */
    public TrainingJobDetails userProvidedTrainingMetrics(List<TrainingMetric> value) {
      return set("UserProvidedTrainingMetrics", Value.listOf(value));
    }

    /**
     * Sets {@code UserProvidedTrainingMetrics} to this value; see {@link
     * #userProvidedTrainingMetrics(List)}.
     */
    public TrainingJobDetails userProvidedTrainingMetrics(Value<List<TrainingMetric>> value) {
      return set("UserProvidedTrainingMetrics", value);
    }

    /**
     * Sets {@code UserProvidedTrainingMetrics} to a list of these; see {@link
     * #userProvidedTrainingMetrics(List)}.
     */
    public TrainingJobDetails userProvidedTrainingMetrics(TrainingMetric... values) {
      return set("UserProvidedTrainingMetrics", Value.list(values));
    }
  }

  /**
   * A result from a SageMaker AI training job.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.TrainingMetric}.
   */
  public static final class TrainingMetric extends Struct<TrainingMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::ModelCard.TrainingMetric")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern(".{1,255}"))
        .constrain("Notes", Constraint.of().maxLength(1024))
        .build();

    public TrainingMetric() {
      super(SCHEMA);
    }

    /**
     * The name of the result from the SageMaker AI training job.
     *
     * <p>Required. Pattern: {@code .{1,255}}. CloudFormation property {@code Name}.
     */
    public TrainingMetric name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TrainingMetric name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Any additional notes describing the result of the training job.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code Notes}.
     */
    public TrainingMetric notes(String value) {
      return set("Notes", Value.of(value));
    }

    /** Sets {@code Notes} to this value; see {@link #notes(String)}. */
    public TrainingMetric notes(Value<String> value) {
      return set("Notes", value);
    }

    /**
     * The value of a result from the SageMaker AI training job.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public TrainingMetric value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public TrainingMetric value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * Information about the user who created or modified a SageMaker resource.
   *
   * <p>Property type {@code AWS::SageMaker::ModelCard.UserContext}.
   */
  public static final class UserContext extends Struct<UserContext> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::ModelCard.UserContext");

    public UserContext() {
      super(SCHEMA);
    }

    /**
     * The domain associated with the user.
     *
     * <p>Default: {@code "UnsetValue"}. CloudFormation property {@code DomainId}.
     */
    public UserContext domainId(String value) {
      return set("DomainId", Value.of(value));
    }

    /** Sets {@code DomainId} to this value; see {@link #domainId(String)}. */
    public UserContext domainId(Value<String> value) {
      return set("DomainId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the user's profile.
     *
     * <p>Default: {@code "UnsetValue"}. CloudFormation property {@code UserProfileArn}.
     */
    public UserContext userProfileArn(String value) {
      return set("UserProfileArn", Value.of(value));
    }

    /** Sets {@code UserProfileArn} to this value; see {@link #userProfileArn(String)}. */
    public UserContext userProfileArn(Value<String> value) {
      return set("UserProfileArn", value);
    }

    /**
     * The name of the user's profile.
     *
     * <p>Default: {@code "UnsetValue"}. CloudFormation property {@code UserProfileName}.
     */
    public UserContext userProfileName(String value) {
      return set("UserProfileName", Value.of(value));
    }

    /** Sets {@code UserProfileName} to this value; see {@link #userProfileName(String)}. */
    public UserContext userProfileName(Value<String> value) {
      return set("UserProfileName", value);
    }
  }
}
