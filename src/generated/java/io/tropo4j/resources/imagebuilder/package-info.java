// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ImageBuilder}: {@link Component}, {@link ContainerRecipe},
 * {@link DistributionConfiguration}, {@link Image}, {@link ImagePipeline}, {@link ImageRecipe},
 * {@link InfrastructureConfiguration}, {@link LifecyclePolicy}, {@link Workflow}.
 */
package io.tropo4j.resources.imagebuilder;
