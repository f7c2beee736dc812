/**
 * The small problem the training-loop figure steps through: four points on
 * y = 2x + 1, one nn.Linear(1, 1), MSE loss and plain SGD, the model made
 * after `torch.manual_seed(seed)`. The page's PyTorch session and the worker's
 * tfjs run read the same numbers from here.
 */
/** Steps of the figure's full run. */
export const TRAINING_LOOP_STEPS = 200;

export const TRAINING_LOOP_X = [1, 2, 3, 4];
export const TRAINING_LOOP_Y = TRAINING_LOOP_X.map((x) => 2 * x + 1);

const column = (values: number[]) =>
  `torch.tensor([${values.map((v) => `[${v.toFixed(1)}]`).join(', ')}])`;

/** The statements that build the model, data, loss and optimiser in the session. */
export function trainingLoopSetup(seed: number, learningRate: number): string[] {
  return [
    'import torch',
    'import torch.nn as nn',
    `torch.manual_seed(${seed})`,
    'model = nn.Linear(1, 1)',
    `x = ${column(TRAINING_LOOP_X)}`,
    `y = ${column(TRAINING_LOOP_Y)}`,
    'loss_fn = nn.MSELoss()',
    `optimizer = torch.optim.SGD(model.parameters(), lr=${learningRate})`,
  ];
}

/** The lecture's five lines, in its order. */
export const TRAINING_LOOP_LINES = [
  'optimizer.zero_grad()',
  'y_pred = model(x)',
  'loss = loss_fn(y_pred, y)',
  'loss.backward()',
  'optimizer.step()',
] as const;
