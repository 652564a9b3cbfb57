// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opensearchserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * An OpenSearch Serverless index resource.
 *
 * <p>CloudFormation type {@code AWS::OpenSearchServerless::Index}.
 */
public final class Index extends Resource<Index> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::Index")
      .required("CollectionEndpoint", "IndexName")
      .constrain("IndexName", Constraint.of().pattern("^(?![_-])[a-z][a-z0-9_-]*$"))
      .attributes("Uuid")
      .build();

  public Index(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The endpoint for the collection.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CollectionEndpoint}.
   */
  public Index collectionEndpoint(String value) {
    return set("CollectionEndpoint", Value.of(value));
  }

  /** Sets {@code CollectionEndpoint} to this value; see {@link #collectionEndpoint(String)}. */
  public Index collectionEndpoint(Value<String> value) {
    return set("CollectionEndpoint", value);
  }

  /**
   * The name of the OpenSearch Serverless index.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^(?![_-])[a-z][a-z0-9_-]*$}.
   * CloudFormation property {@code IndexName}.
   */
  public Index indexName(String value) {
    return set("IndexName", Value.of(value));
  }

  /** Sets {@code IndexName} to this value; see {@link #indexName(String)}. */
  public Index indexName(Value<String> value) {
    return set("IndexName", value);
  }

  /**
   * Index mappings for the OpenSearch Serverless index.
   *
   * <p>CloudFormation property {@code Mappings}.
   */
  public Index mappings(Value<Mappings> value) {
    return set("Mappings", value);
  }

  /**
   * Index settings for the OpenSearch Serverless index.
   *
   * <p>CloudFormation property {@code Settings}.
   */
  public Index settings(Value<IndexSettings> value) {
    return set("Settings", value);
  }

  /**
   * The unique identifier for the index.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Uuid}.
   */
  public Value<String> uuid() {
    return getAtt("Uuid");
  }

  /**
   * Custom analysis configuration including analyzers, tokenizers, and filters
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Index.Analysis}.
   */
  public static final class Analysis extends Struct<Analysis> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchServerless::Index.Analysis");

    public Analysis() {
      super(SCHEMA);
    }

    /**
     * Custom analyzer definitions
     *
     * <p>CloudFormation property {@code Analyzer}.
     */
    public Analysis analyzer(Map<String, AnalyzerItems> value) {
      return set("Analyzer", Value.mapOf(value));
    }

    /** Sets {@code Analyzer} to this value; see {@link #analyzer(Map)}. */
    public Analysis analyzer(Value<Map<String, AnalyzerItems>> value) {
      return set("Analyzer", value);
    }
  }

  /** Property type {@code AWS::OpenSearchServerless::Index.AnalyzerItems}. */
  public static final class AnalyzerItems extends Struct<AnalyzerItems> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchServerless::Index.AnalyzerItems");

    public AnalyzerItems() {
      super(SCHEMA);
    }

    /**
     * Character filters to apply
     *
     * <p>CloudFormation property {@code CharFilter}.
     */
    public AnalyzerItems charFilter(List<String> value) {
      return set("CharFilter", Value.listOf(value));
    }

    /** Sets {@code CharFilter} to this value; see {@link #charFilter(List)}. */
    public AnalyzerItems charFilter(Value<List<String>> value) {
      return set("CharFilter", value);
    }

    /**
     * Token filters to apply
     *
     * <p>CloudFormation property {@code Filter}.
     */
    public AnalyzerItems filter(List<String> value) {
      return set("Filter", Value.listOf(value));
    }

    /** Sets {@code Filter} to this value; see {@link #filter(List)}. */
    public AnalyzerItems filter(Value<List<String>> value) {
      return set("Filter", value);
    }

    /**
     * The tokenizer to use
     *
     * <p>CloudFormation property {@code Tokenizer}.
     */
    public AnalyzerItems tokenizer(String value) {
      return set("Tokenizer", Value.of(value));
    }

    /** Sets {@code Tokenizer} to this value; see {@link #tokenizer(String)}. */
    public AnalyzerItems tokenizer(Value<String> value) {
      return set("Tokenizer", value);
    }

    /**
     * The analyzer type (e.g. custom, standard, simple)
     *
     * <p>CloudFormation property {@code Type}.
     */
    public AnalyzerItems type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AnalyzerItems type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * An OpenSearch Serverless index resource
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Index.Index}.
   */
  public static final class IndexProperty extends Struct<IndexProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchServerless::Index.Index");

    public IndexProperty() {
      super(SCHEMA);
    }

    /**
     * Enable or disable k-nearest neighbor search capability.
     *
     * <p>CloudFormation property {@code Knn}.
     */
    public IndexProperty knn(boolean value) {
      return set("Knn", Value.of(value));
    }

    /** Sets {@code Knn} to this value; see {@link #knn(boolean)}. */
    public IndexProperty knn(Value<Boolean> value) {
      return set("Knn", value);
    }

    /**
     * The size of the dynamic list for the nearest neighbors.
     *
     * <p>CloudFormation property {@code KnnAlgoParamEfSearch}.
     */
    public IndexProperty knnAlgoParamEfSearch(int value) {
      return set("KnnAlgoParamEfSearch", Value.of(value));
    }

    /** Sets {@code KnnAlgoParamEfSearch} to this value; see {@link #knnAlgoParamEfSearch(int)}. */
    public IndexProperty knnAlgoParamEfSearch(Value<Integer> value) {
      return set("KnnAlgoParamEfSearch", value);
    }

    /**
     * How often to perform a refresh operation. For example, 1s or 5s.
     *
     * <p>CloudFormation property {@code RefreshInterval}.
     */
    public IndexProperty refreshInterval(String value) {
      return set("RefreshInterval", Value.of(value));
    }

    /** Sets {@code RefreshInterval} to this value; see {@link #refreshInterval(String)}. */
    public IndexProperty refreshInterval(Value<String> value) {
      return set("RefreshInterval", value);
    }
  }

  /**
   * Index settings for the OpenSearch Serverless index.
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Index.IndexSettings}.
   */
  public static final class IndexSettings extends Struct<IndexSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchServerless::Index.IndexSettings");

    public IndexSettings() {
      super(SCHEMA);
    }

    /**
     * Custom analysis configuration including analyzers, tokenizers, and filters
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Analysis}.
     */
    public IndexSettings analysis(Value<Analysis> value) {
      return set("Analysis", value);
    }

    /**
     * Index settings.
     *
     * <p>CloudFormation property {@code Index}.
     */
    public IndexSettings index(Value<IndexProperty> value) {
      return set("Index", value);
    }
  }

  /**
   * Index mappings for the OpenSearch Serverless index.
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Index.Mappings}.
   */
  public static final class Mappings extends Struct<Mappings> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchServerless::Index.Mappings");

    public Mappings() {
      super(SCHEMA);
    }

    /**
     * Nested fields within an object or nested field type.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public Mappings propertiesProperty(Map<String, PropertyMapping> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public Mappings propertiesProperty(Value<Map<String, PropertyMapping>> value) {
      return set("Properties", value);
    }
  }

  /**
   * Configuration for k-NN search method.
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Index.Method}.
   */
  public static final class Method extends Struct<Method> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::Index.Method")
        .required("Name")
        .allowed("Engine", "nmslib", "faiss", "lucene")
        .allowed("Name", "hnsw", "ivf")
        .allowed("SpaceType", "l2", "l1", "linf", "cosinesimil", "innerproduct", "hamming")
        .build();

    public Method() {
      super(SCHEMA);
    }

    /**
     * The k-NN search engine to use
     *
     * <p>Allowed values: {@code nmslib}, {@code faiss}, {@code lucene}. CloudFormation property
     * {@code Engine}.
     */
    public Method engine(String value) {
      return set("Engine", Value.of(value));
    }

    /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
    public Method engine(Value<String> value) {
      return set("Engine", value);
    }

    /**
     * The algorithm name for k-NN search.
     *
     * <p>Required. Allowed values: {@code hnsw}, {@code ivf}. CloudFormation property {@code Name}.
     */
    public Method name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Method name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Additional parameters for the k-NN algorithm.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public Method parameters(Value<Parameters> value) {
      return set("Parameters", value);
    }

    /**
     * The distance function used for k-NN search.
     *
     * <p>Allowed values: {@code l2}, {@code l1}, {@code linf}, {@code cosinesimil}, {@code
     * innerproduct}, {@code hamming}. CloudFormation property {@code SpaceType}.
     */
    public Method spaceType(String value) {
      return set("SpaceType", Value.of(value));
    }

    /** Sets {@code SpaceType} to this value; see {@link #spaceType(String)}. */
    public Method spaceType(Value<String> value) {
      return set("SpaceType", value);
    }
  }

  /**
   * Additional parameters for the k-NN algorithm.
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Index.Parameters}.
   */
  public static final class Parameters extends Struct<Parameters> {
    private static final Schema SCHEMA = Schema.of("AWS::OpenSearchServerless::Index.Parameters");

    public Parameters() {
      super(SCHEMA);
    }

    /**
     * The size of the dynamic list used during k-NN graph creation.
     *
     * <p>CloudFormation property {@code EfConstruction}.
     */
    public Parameters efConstruction(int value) {
      return set("EfConstruction", Value.of(value));
    }

    /** Sets {@code EfConstruction} to this value; see {@link #efConstruction(int)}. */
    public Parameters efConstruction(Value<Integer> value) {
      return set("EfConstruction", value);
    }

    /**
     * Number of neighbors to consider during k-NN search.
     *
     * <p>CloudFormation property {@code M}.
     */
    public Parameters m(int value) {
      return set("M", Value.of(value));
    }

    /** Sets {@code M} to this value; see {@link #m(int)}. */
    public Parameters m(Value<Integer> value) {
      return set("M", value);
    }
  }

  /**
   * Property mappings for the OpenSearch Serverless index.
   *
   * <p>Property type {@code AWS::OpenSearchServerless::Index.PropertyMapping}.
   */
  public static final class PropertyMapping extends Struct<PropertyMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::OpenSearchServerless::Index.PropertyMapping")
        .required("Type")
        .allowed("CompressionLevel", "16x", "32x", "8x", "4x", "2x", "1x")
        .allowed("DataType", "float", "byte")
        .allowed("SpaceType", "l2", "l1", "linf", "cosinesimil", "innerproduct", "hamming")
        .allowed("Type", "text", "knn_vector", "keyword", "integer")
        .build();

    public PropertyMapping() {
      super(SCHEMA);
    }

    /**
     * The analyzer to use for this field (for text and keyword fields)
     *
     * <p>CloudFormation property {@code Analyzer}.
     */
    public PropertyMapping analyzer(String value) {
      return set("Analyzer", Value.of(value));
    }

    /** Sets {@code Analyzer} to this value; see {@link #analyzer(String)}. */
    public PropertyMapping analyzer(Value<String> value) {
      return set("Analyzer", value);
    }

    /**
     * The compression level for knn_vector fields
     *
     * <p>Allowed values: {@code 16x}, {@code 32x}, {@code 8x}, {@code 4x}, {@code 2x}, {@code 1x}.
     * CloudFormation property {@code CompressionLevel}.
     */
    public PropertyMapping compressionLevel(String value) {
      return set("CompressionLevel", Value.of(value));
    }

    /** Sets {@code CompressionLevel} to this value; see {@link #compressionLevel(String)}. */
    public PropertyMapping compressionLevel(Value<String> value) {
      return set("CompressionLevel", value);
    }

    /**
     * The data type for knn_vector fields (e.g. float, byte). Controls how vector values are
     * stored.
     *
     * <p>Allowed values: {@code float}, {@code byte}. CloudFormation property {@code DataType}.
     */
    public PropertyMapping dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public PropertyMapping dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * Dimension size for vector fields, defines the number of dimensions in the vector.
     *
     * <p>CloudFormation property {@code Dimension}.
     */
    public PropertyMapping dimension(int value) {
      return set("Dimension", Value.of(value));
    }

    /** Sets {@code Dimension} to this value; see {@link #dimension(int)}. */
    public PropertyMapping dimension(Value<Integer> value) {
      return set("Dimension", value);
    }

    /**
     * Whether a field should be indexed.
     *
     * <p>CloudFormation property {@code Index}.
     */
    public PropertyMapping index(boolean value) {
      return set("Index", Value.of(value));
    }

    /** Sets {@code Index} to this value; see {@link #index(boolean)}. */
    public PropertyMapping index(Value<Boolean> value) {
      return set("Index", value);
    }

    /**
     * Configuration for k-NN search method.
     *
     * <p>CloudFormation property {@code Method}.
     */
    public PropertyMapping method(Value<Method> value) {
      return set("Method", value);
    }

    /**
     * Defines the fields within the mapping, including their types and configurations.
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public PropertyMapping propertiesProperty(Map<String, PropertyMapping> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public PropertyMapping propertiesProperty(Value<Map<String, PropertyMapping>> value) {
      return set("Properties", value);
    }

    /**
     * The distance function used for k-NN search (field-level, outside Method)
     *
     * <p>Allowed values: {@code l2}, {@code l1}, {@code linf}, {@code cosinesimil}, {@code
     * innerproduct}, {@code hamming}. CloudFormation property {@code SpaceType}.
     */
    public PropertyMapping spaceType(String value) {
      return set("SpaceType", Value.of(value));
    }

    /** Sets {@code SpaceType} to this value; see {@link #spaceType(String)}. */
    public PropertyMapping spaceType(Value<String> value) {
      return set("SpaceType", value);
    }

    /**
     * The field data type. Must be a valid OpenSearch field type.
     *
     * <p>Required. Allowed values: {@code text}, {@code knn_vector}, {@code keyword}, {@code
     * integer}. CloudFormation property {@code Type}.
     */
    public PropertyMapping type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PropertyMapping type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Default value for the field when not specified in a document.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public PropertyMapping value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PropertyMapping value(Value<String> value) {
      return set("Value", value);
    }
  }
}
