/**
 * PyTorch 1.13 sessions about modules, in the schema of tests/oracles/tensor_repl.json.
 * Outputs follow PyTorch's source (Module.__repr__, Module.__setattr__,
 * container.py, at::linear) and its tutorial "Build the Neural Network"; the
 * numbers are float32 arithmetic on the initial weights recorded in
 * tests/oracles/batchnorm.json (`default_init`, seed 0).
 */
export interface Step {
  input: string;
  output: string | null;
  warnings: string[];
  error: string | null;
}

export interface Transcript {
  id: string;
  title: string;
  steps: Step[];
}

const s = (input: string, output: string | null = null, error: string | null = null, warnings: string[] = []): Step => ({ input, output, warnings, error });
const start = [s('import torch'), s('import torch.nn as nn'), s('_ = torch.manual_seed(0)')];

const SEQ_REPR = 'Sequential(\n  (0): Linear(in_features=2, out_features=4, bias=True)\n  (1): ReLU()\n)';
const TUTORIAL_STACK = [
  '  (linear_relu_stack): Sequential(',
  '    (0): Linear(in_features=784, out_features=512, bias=True)',
  '    (1): ReLU()',
  '    (2): Linear(in_features=512, out_features=512, bias=True)',
  '    (3): ReLU()',
  '    (4): Linear(in_features=512, out_features=10, bias=True)',
  '  )',
].join('\n');

export const NN_TRANSCRIPTS: Transcript[] = [
  {
    id: 'linear_forward_routes',
    title: 'nn.Linear(3, 2): addmm for 2-D input, matmul + add for 1-D, mm without bias; gradients',
    steps: [
      ...start,
      s('lin = nn.Linear(3, 2)'),
      s('lin', 'Linear(in_features=3, out_features=2, bias=True)'),
      s('x = torch.tensor([[1., 2., 3.], [-1., 0.5, 2.]], requires_grad=True)'),
      s('y = lin(x)'),
      s('y', 'tensor([[-0.8219,  0.0526],\n        [-0.8026,  1.0811]], grad_fn=<AddmmBackward0>)'),
      s('lin(torch.ones(3))', 'tensor([-0.1812, -0.0347], grad_fn=<AddBackward0>)'),
      s('torch.tanh(y)', 'tensor([[-0.6761,  0.0526],\n        [-0.6655,  0.7936]], grad_fn=<TanhBackward0>)'),
      s('y.sum().backward()'),
      s('lin.weight.grad', 'tensor([[0.0000, 2.5000, 5.0000],\n        [0.0000, 2.5000, 5.0000]])'),
      s('lin.bias.grad', 'tensor([2., 2.])'),
      s('x.grad', 'tensor([[-0.4292,  0.0873, -0.3204],\n        [-0.4292,  0.0873, -0.3204]])'),
      s('lin(torch.ones(2, 4))', null, 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x4 and 3x2)'),
      s('lin(torch.ones(4))', null, 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (1x4 and 3x2)'),
      s('lin(torch.ones(5, 7, 3)).shape', 'torch.Size([5, 7, 2])'),
      s('nobias = nn.Linear(3, 2, bias=False)'),
      s('nobias', 'Linear(in_features=3, out_features=2, bias=False)'),
      s('nobias.bias'),
      s('nobias(x).grad_fn.name()', "'MmBackward0'"),
      s('nn.Linear(3)', null, "TypeError: Linear.__init__() missing 1 required positional argument: 'out_features'"),
      s('lin([1., 2., 3.])', null, "TypeError: linear(): argument 'input' (position 1) must be Tensor, not list"),
    ],
  },
  {
    id: 'sequential_indexing',
    title: 'nn.Sequential: repr, forward as a loop, indexing, slicing, len, errors, registries',
    steps: [
      ...start,
      s('model = nn.Sequential(nn.Linear(2, 4), nn.ReLU())'),
      s('model', SEQ_REPR),
      s('print(model)', SEQ_REPR),
      s('model(torch.tensor([[1., -1.], [0.5, 2.]]))', 'tensor([[0.0000, 0.1255, 0.0000, 0.0000],\n        [0.6932, 0.0000, 0.0294, 0.9753]], grad_fn=<ReluBackward0>)'),
      s('model[0]', 'Linear(in_features=2, out_features=4, bias=True)'),
      s('model[-1]', 'ReLU()'),
      s('model[1:]', 'Sequential(\n  (1): ReLU()\n)'),
      s('model[1:] is model', 'False'),
      s('len(model)', '2'),
      s('model[2]', null, 'IndexError: index 2 is out of range'),
      s('model[-3]', null, 'IndexError: index -3 is out of range'),
      s("model['0']", null, "TypeError: 'str' object cannot be interpreted as an integer"),
      s('nn.Sequential(1)', null, 'TypeError: int is not a Module subclass'),
      s('nn.Sequential(nn.ReLU)', null, 'TypeError: torch.nn.modules.activation.ReLU is not a Module subclass'),
      s('model._modules', "OrderedDict([('0', Linear(in_features=2, out_features=4, bias=True)), ('1', ReLU())])"),
      s('model._parameters', 'OrderedDict()'),
      s('model._modules.keys()', "odict_keys(['0', '1'])"),
      s('[n for n, p in model.named_parameters()]', "['0.weight', '0.bias']"),
      s('sum(p.numel() for p in model.parameters())', '12'),
      s('list(model.parameters())[1]', 'Parameter containing:\ntensor([-0.0628,  0.1871, -0.2137, -0.1390], requires_grad=True)'),
      s('type(model)', "<class 'torch.nn.modules.container.Sequential'>"),
      s('isinstance(model, nn.Module)', 'True'),
      s('model(torch.ones(2, 2), 1)', null, 'TypeError: Sequential.forward() takes 2 positional arguments but 3 were given'),
      s('nn.Sequential(nn.Linear(10, 10), nn.ReLU(), nn.Linear(20, 5))(torch.ones(64, 10))', null,
        'RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x10 and 20x5)'),
    ],
  },
  {
    id: 'sequential_ordered_dict_tutorial',
    title: "An OrderedDict of named children, nested as in the tutorial's NeuralNetwork",
    steps: [
      ...start,
      s('from collections import OrderedDict'),
      s("net = nn.Sequential(OrderedDict([('flatten', nn.Flatten()), ('linear_relu_stack', nn.Sequential(nn.Linear(28*28, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10)))]))"),
      s('net', `Sequential(\n  (flatten): Flatten(start_dim=1, end_dim=-1)\n${TUTORIAL_STACK}\n)`),
      s('net.flatten(torch.rand(3, 28, 28)).shape', 'torch.Size([3, 784])'),
      s('net(torch.rand(3, 28, 28)).shape', 'torch.Size([3, 10])'),
      s('net.linear_relu_stack[0]', 'Linear(in_features=784, out_features=512, bias=True)'),
      s('[n for n, _ in net.named_parameters()][:3]', "['linear_relu_stack.0.weight', 'linear_relu_stack.0.bias', 'linear_relu_stack.2.weight']"),
      s('sum(p.numel() for p in net.parameters())', '669706'),
      s('net[1:]', `Sequential(\n${TUTORIAL_STACK}\n)`),
    ],
  },
  {
    id: 'parameter_registration',
    title: 'Assigning a Parameter registers it; a plain tensor or a list of layers does not',
    steps: [
      ...start,
      s('m = nn.Linear(2, 2)'),
      s('m.extra = nn.Parameter(torch.ones(1))'),
      s('m.plain = torch.ones(1)'),
      s('[n for n, _ in m.named_parameters()]', "['weight', 'bias', 'extra']"),
      s('m._parameters.keys()', "odict_keys(['weight', 'bias', 'extra'])"),
      s('m.plain', 'tensor([1.])'),
      s('m.weight = torch.ones(2, 2)', null, "TypeError: cannot assign 'torch.FloatTensor' as parameter 'weight' (torch.nn.Parameter or None expected)"),
      s('m.bias = None'),
      s('m', 'Linear(in_features=2, out_features=2, bias=False)'),
      s('[n for n, _ in m.named_parameters()]', "['weight', 'extra']"),
      s('g = m.parameters()'),
      s('len(list(g))', '2'),
      s('len(list(g))', '0'),
      s('net = nn.Module()'),
      s('net.layers = [nn.Linear(2, 2)]'),
      s('list(net.parameters())', '[]'),
      s('net.layers = nn.ModuleList([nn.Linear(2, 2)])'),
      s('len(list(net.parameters()))', '2'),
      s('net', 'Module(\n  (layers): ModuleList(\n    (0): Linear(in_features=2, out_features=2, bias=True)\n  )\n)'),
      s('net(torch.ones(2))', null, 'NotImplementedError: Module [Module] is missing the required "forward" function'),
    ],
  },
  {
    id: 'module_list_and_dict',
    title: 'ModuleList and ModuleDict: indexing, slicing, append, keys, and no forward',
    steps: [
      ...start,
      s('ml = nn.ModuleList([nn.ReLU(), nn.Tanh()])'),
      s('ml', 'ModuleList(\n  (0): ReLU()\n  (1): Tanh()\n)'),
      s('ml[1:]', 'ModuleList(\n  (0): Tanh()\n)'),
      s('ml[5]', null, 'IndexError: index 5 is out of range'),
      s('ml(torch.ones(1))', null, 'NotImplementedError: Module [ModuleList] is missing the required "forward" function'),
      s('ml.append(nn.Identity())', 'ModuleList(\n  (0): ReLU()\n  (1): Tanh()\n  (2): Identity()\n)'),
      s('len(ml)', '3'),
      s('ml[2](torch.ones(2))', 'tensor([1., 1.])'),
      s("md = nn.ModuleDict({'act': nn.ReLU(), 'lin': nn.Linear(2, 3)})"),
      s('md', 'ModuleDict(\n  (act): ReLU()\n  (lin): Linear(in_features=2, out_features=3, bias=True)\n)'),
      s("md['act']", 'ReLU()'),
      s("md['x']", null, "KeyError: 'x'"),
      s('md.keys()', "odict_keys(['act', 'lin'])"),
      s("'lin' in md", 'True'),
      s('len(md)', '2'),
      s('nn.ModuleList([1])', null, 'TypeError: int is not a Module subclass'),
    ],
  },
  {
    id: 'matmul_addmm',
    title: 'torch.matmul, @ and torch.addmm: results, grad_fn names and the kernels\' errors',
    steps: [
      s('import torch'),
      s('torch.matmul(torch.ones(2, 3), torch.ones(3))', 'tensor([3., 3.])'),
      s('torch.ones(2, 3) @ torch.ones(4, 3)', null, 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 4x3)'),
      s('torch.ones(5, 2, 3) @ torch.ones(4)', null, 'RuntimeError: size mismatch, got 10, 10x3,4'),
      s('torch.addmm(torch.ones(2), torch.ones(2, 3), torch.ones(3, 2))', 'tensor([[4., 4.],\n        [4., 4.]])'),
      s('torch.addmm(torch.zeros(3), torch.ones(2, 3), torch.ones(3, 4))', null,
        'RuntimeError: The expanded size of the tensor (4) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [2, 4].  Tensor sizes: [3]'),
      s('torch.addmm(torch.zeros(4), torch.ones(3), torch.ones(3, 4))', null, 'RuntimeError: mat1 must be a matrix, got 1-D tensor'),
      s('a = torch.ones(2, 3, requires_grad=True)'),
      s('out = torch.addmm(torch.zeros(4), a, torch.ones(3, 4))'),
      s('out.grad_fn.name()', "'AddmmBackward0'"),
      s('out.sum().backward()'),
      s('a.grad', 'tensor([[4., 4., 4.],\n        [4., 4., 4.]])'),
    ],
  },
];
